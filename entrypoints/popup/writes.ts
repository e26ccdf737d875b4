import type { Connector } from '@/utils/connector/types';
import type { LineRecord, ReadingRecord } from '@/utils/records';
import { type LineFormRaw, type LineFormValues, type RenewInput, manualReading, rawFromLine } from '@/components/popup/forms';
import { lineRecord, renewalRecord } from './records';

/**
 * What each popup form writes through the connector, as work for `save` (which reloads and moves
 * on, or keeps the form with an error). `now` and `newId` come from the platform.
 */

export interface WriteClock {
  now: () => number;
  newId: () => string;
}

/** A new line typed in by hand, with its first reading when the user gave one. */
export function addLine(connector: Connector, clock: WriteClock, raw: LineFormRaw, values: LineFormValues) {
  const at = clock.now();
  const line = lineRecord(values, null, clock.newId, at);
  const reading = manualReading(values, raw, null, undefined, at);
  return async () => {
    await connector.saveLine(line);
    if (reading) await connector.addManualReading(line.id, reading);
  };
}

/** An edited line; a manual line also gets a reading when its expiry or data changed. */
export function editLine(
  connector: Connector,
  clock: WriteClock,
  line: LineRecord,
  latest: ReadingRecord | undefined,
  zone: string,
  raw: LineFormRaw,
  values: LineFormValues,
) {
  const at = clock.now();
  const updated = lineRecord(values, line, clock.newId, at);
  const initial = rawFromLine(line, latest, zone);
  const reading = line.manual ? manualReading(values, raw, initial, latest, at) : null;
  return async () => {
    await connector.saveLine(updated);
    if (reading) await connector.addManualReading(line.id, reading);
  };
}

/** "I renewed". */
export function recordRenewal(connector: Connector, clock: WriteClock, lineId: string, input: RenewInput, latest: ReadingRecord | undefined) {
  return () => connector.recordRenewal(renewalRecord(lineId, input, latest, clock.now()));
}
