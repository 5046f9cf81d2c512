import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { DATA_SOURCE, DatabaseModule } from '@tnr/database';
import { HEALTH_DATA_SOURCE, HealthController, loggerOptions, NarrativeCipher, narrativeKeyRing, OpenApiDocument, PublicOnlyGuard } from '@tnr/platform';
import { LoggerModule } from 'nestjs-pino';
import { OpenApiController } from './docs/openapi.controller';
import type { IntakeConfig } from './config/intake.config';
import { INTAKE_CONFIG } from './intake.tokens';
import { ReceiptsController } from './receipts/receipts.controller';
import { ReceiptsService } from './receipts/receipts.service';
import { ReportFormController } from './form/report-form.controller';
import { ReportFormService } from './form/report-form.service';
import { ChallengeController } from './proof-of-work/challenge.controller';
import { ProofOfWorkService } from './proof-of-work/proof-of-work.service';
import { SubmissionsController } from './submissions/submissions.controller';
import { SubmissionsService } from './submissions/submissions.service';

@Module({})
export class IntakeModule {
  static register(config: IntakeConfig): DynamicModule {
    return {
      module: IntakeModule,
      imports: [
        DiscoveryModule,
        LoggerModule.forRoot(loggerOptions('intake-api', config.common.logLevel, { reporterFacing: true })),
        DatabaseModule.forRoot({ url: config.common.databaseUrl, applicationName: 'intake-api', migrate: true }),
      ],
      controllers: [SubmissionsController, ChallengeController, ReceiptsController, ReportFormController, HealthController, OpenApiController],
      providers: [
        OpenApiDocument,
        ProofOfWorkService,
        SubmissionsService,
        ReportFormService,
        ReceiptsService,
        { provide: INTAKE_CONFIG, useValue: config },
        { provide: NarrativeCipher, useFactory: () => new NarrativeCipher(narrativeKeyRing(config.narrative)) },
        { provide: HEALTH_DATA_SOURCE, useExisting: DATA_SOURCE },
        { provide: APP_GUARD, useClass: PublicOnlyGuard },
      ],
    };
  }
}
