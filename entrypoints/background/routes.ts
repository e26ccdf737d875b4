import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { Runtime } from 'webextension-polyfill';
import type { ProtocolMap } from '@/utils/messaging/protocol';
import { handleGetCheckoutContext, handleHideOverlay, handleSubmitCapture } from './checkout';
import type { HandlerDeps } from './deps';
import { handleDataChanged, handleGetReadingProfile } from './handlers';
import { handleReadPage } from './read-page';
import { handleReadPurchase } from './read-purchase';
import {
  handleAddManualReading,
  handleDeleteLine,
  handleExportData,
  handleRecordRenewal,
  handleReplaceAllData,
  handleSaveLine,
} from './page-edits';
import { handleGetTabStatus } from './tab-status';
import {
  handleEndTeach,
  handleGetRecipes,
  handleGetTeachSession,
  handleRemoveRecipe,
  handleSaveRecipe,
  handleStartTeach,
  handleSubmitTaught,
} from './teach';

/** One handler per message of the protocol, each given the sender to check. */
export type Routes = {
  [K in keyof ProtocolMap]: (
    data: GetDataType<ProtocolMap[K]>,
    sender: Runtime.MessageSender,
  ) => GetReturnType<ProtocolMap[K]> | Promise<GetReturnType<ProtocolMap[K]>>;
};

export function routes(deps: HandlerDeps): Routes {
  return {
    getReadingProfile: (_, sender) => handleGetReadingProfile(deps, sender),
    getCheckoutContext: (data, sender) => handleGetCheckoutContext(deps, data, sender),
    submitCapture: (data, sender) => handleSubmitCapture(deps, data, sender),
    hideOverlay: (data, sender) => handleHideOverlay(deps, data, sender),
    readPage: (data, sender) => handleReadPage(deps, data, sender),
    readPurchase: (data, sender) => handleReadPurchase(deps, data, sender),
    dataChanged: (_, sender) => handleDataChanged(deps, sender),
    saveLine: (data, sender) => handleSaveLine(deps, data, sender),
    deleteLine: (data, sender) => handleDeleteLine(deps, data, sender),
    addManualReading: (data, sender) => handleAddManualReading(deps, data, sender),
    recordRenewal: (data, sender) => handleRecordRenewal(deps, data, sender),
    exportData: (_, sender) => handleExportData(deps, sender),
    replaceAllData: (data, sender) => handleReplaceAllData(deps, data, sender),
    getTabStatus: (data, sender) => handleGetTabStatus(deps, data, sender),
    startTeach: (data, sender) => handleStartTeach(deps, data, sender),
    removeRecipe: (data, sender) => handleRemoveRecipe(deps, data, sender),
    getTeachSession: (_, sender) => handleGetTeachSession(deps, sender),
    saveRecipe: (data, sender) => handleSaveRecipe(deps, data, sender),
    endTeach: (_, sender) => handleEndTeach(deps, sender),
    getRecipes: (_, sender) => handleGetRecipes(deps, sender),
    submitTaught: (data, sender) => handleSubmitTaught(deps, data, sender),
  };
}
