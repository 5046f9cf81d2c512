import { InitialSchema1764442800000 } from './1764442800000-InitialSchema';
import { GazetteerRelinking1764529200000 } from './1764529200000-GazetteerRelinking';
import { NarrativeKeyId1764615600000 } from './1764615600000-NarrativeKeyId';
import { ReportMessages1764702000000 } from './1764702000000-ReportMessages';
import { RawNarrativeRetention1764788400000 } from './1764788400000-RawNarrativeRetention';
import { IntakeAbuseControl1764961200000 } from './1764961200000-IntakeAbuseControl';
import { ModerationWorkflow1764874800000 } from './1764874800000-ModerationWorkflow';
import { NgoStatistics1765047600000 } from './1765047600000-NgoStatistics';

/** Every migration, in order. Listed as classes so compiled and ts-jest runs share one list. */
export const MIGRATIONS = [InitialSchema1764442800000, GazetteerRelinking1764529200000, NarrativeKeyId1764615600000, ReportMessages1764702000000, RawNarrativeRetention1764788400000, ModerationWorkflow1764874800000, IntakeAbuseControl1764961200000, NgoStatistics1765047600000];
