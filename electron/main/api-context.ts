import type { EventName, EventPayload } from '../../src/api/contract';
import type { CoreJobRunner } from '../../src/core/jobs';
import type { Portfolio } from '../../src/core/portfolio';
import type { LanguageChoice } from '../../src/core/settings';
import type { Dialogs } from './dialog-requests';

export type EmitEvent = <K extends EventName>(name: K, payload: EventPayload<K>) => void;

/** Everything the handlers need from the outside; the app and the harness each build one. */
export interface ApiContext {
  portfolio: Portfolio;
  appVersion: string;
  dialogs: Dialogs;
  emit: EmitEvent;
  /** The folder holding the sample portfolio (resources/sample). */
  sampleDir: string;
  /** Runs core's long jobs: on worker threads in the app. */
  jobs: CoreJobRunner;
  /** The system's preferred languages, best first ("es-MX", "en-US"); empty when unknown. */
  systemLanguages?: () => string[];
  /** Told when the person chooses a language (the app rebuilds its menu in it). */
  onLanguageChanged?: (choice: LanguageChoice) => void;
  /** Where unexpected errors of background work go (logs/errors.log in the app). */
  log?: (context: string, error: unknown) => void;
  /** Told when the person turns update checks on or off (the app starts or stops checking). */
  onUpdateChecksChanged?: (check: boolean) => void;
}
