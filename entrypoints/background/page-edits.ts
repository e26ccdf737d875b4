import { recipesItem } from '@/utils/teach/storage';
import { reconcileRegistrations } from './teach';
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { BackupDataSchema, LineSchema, NewReadingSchema, NewRenewalSchema, type BackupData } from '@/utils/backup/schema';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/settings';
import { readAllData, writeAllData } from '@/utils/store/all-data';
import { addManualReading, deleteLine, putLine } from '@/utils/store/lines';
import { addRenewal } from '@/utils/store/renewals';
import { issueText } from '@/utils/validate';
import type { HandlerDeps } from './deps';
import { isExtensionPage } from './sender';

/**
 * Writes that extension pages (popup, options) ask for. The background is the database's one
 * writer: each request is checked to come from this extension's own pages, validated with the
 * backup file's record schemas, written through utils/store, and followed by a re-plan. A refused
 * request throws, so the page's promise rejects with the reason.
 */

function fromPage(deps: HandlerDeps, sender: Runtime.MessageSender, what: string): void {
  if (!isExtensionPage(sender, deps.extensionId, deps.extensionOrigin)) {
    console.warn('[kigen] refused:', `${what} from outside the extension`);
    throw new Error(`${what}: not from an extension page`);
  }
}

function valid<S extends v.GenericSchema>(schema: S, data: unknown, what: string): v.InferOutput<S> {
  const parsed = v.safeParse(schema, data);
  if (!parsed.success) throw new Error(`${what}: ${issueText(parsed.issues)}`);
  return parsed.output;
}

const LineIdSchema = v.strictObject({ lineId: LineSchema.entries.id });
const ManualReadingSchema = v.strictObject({ lineId: LineSchema.entries.id, reading: NewReadingSchema });

export async function handleSaveLine(deps: HandlerDeps, data: unknown, sender: Runtime.MessageSender): Promise<void> {
  fromPage(deps, sender, 'saveLine');
  await putLine(deps.db, valid(LineSchema, data, 'saveLine'));
  await deps.afterWrite();
}

export async function handleDeleteLine(deps: HandlerDeps, data: unknown, sender: Runtime.MessageSender): Promise<void> {
  fromPage(deps, sender, 'deleteLine');
  await deleteLine(deps.db, valid(LineIdSchema, data, 'deleteLine').lineId);
  await deps.afterWrite();
}

export async function handleAddManualReading(
  deps: HandlerDeps,
  data: unknown,
  sender: Runtime.MessageSender,
): Promise<void> {
  fromPage(deps, sender, 'addManualReading');
  const { lineId, reading } = valid(ManualReadingSchema, data, 'addManualReading');
  if (!(await addManualReading(deps.db, lineId, reading))) throw new Error('addManualReading: no such line');
  await deps.afterWrite();
}

export async function handleRecordRenewal(
  deps: HandlerDeps,
  data: unknown,
  sender: Runtime.MessageSender,
): Promise<void> {
  fromPage(deps, sender, 'recordRenewal');
  await addRenewal(deps.db, valid(NewRenewalSchema, data, 'recordRenewal'));
  await deps.afterWrite();
}

export async function handleExportData(deps: HandlerDeps, sender: Runtime.MessageSender): Promise<BackupData> {
  fromPage(deps, sender, 'exportData');
  // Settings saved by an older version may lack newer fields.
  const data = await readAllData(deps.db, { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) });
  return { ...data, recipes: await recipesItem.getValue() };
}

/**
 * Settings first: if they cannot be written nothing has changed yet. If the tables then fail,
 * their transaction rolls back and the old settings are put back.
 */
export async function handleReplaceAllData(
  deps: HandlerDeps,
  data: unknown,
  sender: Runtime.MessageSender,
): Promise<void> {
  fromPage(deps, sender, 'replaceAllData');
  const backup = valid(BackupDataSchema, data, 'replaceAllData');
  const previous = await settingsItem.getValue();
  await settingsItem.setValue(backup.settings);
  try {
    await writeAllData(deps.db, backup);
  } catch (error) {
    await settingsItem.setValue(previous);
    throw error;
  }
  // Taught pages come back too; a site's access does not (only the user can grant it again).
  if (backup.recipes) {
    await recipesItem.setValue(backup.recipes);
    await reconcileRegistrations().catch(() => undefined);
  }
  await deps.afterWrite();
}
