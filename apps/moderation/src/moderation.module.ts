import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { createDataSource, DATA_SOURCE, DatabaseModule } from '@tnr/database';
import { hkdfSync } from 'node:crypto';
import { HEALTH_DATA_SOURCE, HEALTH_QUEUE_PROBE, HealthController, loggerOptions, NarrativeCipher, narrativeKeyRing, OpenApiDocument } from '@tnr/platform';
import { LoggerModule } from 'nestjs-pino';
import { OpenApiController } from './docs/openapi.controller';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { StaffAccessGuard } from './auth/staff-access.guard';
import type { ModerationConfig } from './config/moderation.config';
import { DecisionsController } from './decisions/decisions.controller';
import { MessagesController } from './messages/messages.controller';
import { MessagesService } from './messages/messages.service';
import { MODERATION_CONFIG } from './moderation.tokens';
import { NgoDataController } from './ngo/ngo-data.controller';
import { NGO_DATA_SOURCE, NGO_RELEASE_SECRET, NgoReleaseService } from './ngo/ngo-release.service';
import { AuditController } from './admin/audit.controller';
import { NgoKeysController } from './admin/ngo-keys.controller';
import { UsersController } from './admin/users.controller';
import { LoginThrottle } from './auth/login-throttle';
import { NgoRateLimiter } from './auth/ngo-rate-limiter';
import { GazetteerController } from './gazetteer/gazetteer.controller';
import { RedactionReviewService } from './reports/redaction-review.service';
import { ReportsController } from './reports/reports.controller';
import { TriageController } from './reports/triage.controller';
import { DocsController } from './ops/docs.controller';
import { MetricsController } from './ops/metrics.controller';
import { MetricsService } from './ops/metrics.service';
import { QueueConnection } from '@tnr/queue-contracts';
import { DashboardRepository } from '@tnr/database';
import { DashboardController } from './dashboard/dashboard.controller';
import { AdminUiController } from './admin-ui/admin-ui.controller';

@Module({})
export class ModerationModule {
  static register(config: ModerationConfig): DynamicModule {
    return {
      module: ModerationModule,
      imports: [
        DiscoveryModule,
        LoggerModule.forRoot(loggerOptions('moderation', config.common.logLevel)),
        DatabaseModule.forRoot({ url: config.common.databaseUrl, applicationName: 'moderation', migrate: true }),
      ],
      controllers: [
        AuthController,
        ReportsController,
        TriageController,
        DecisionsController,
        MessagesController,
        GazetteerController,
        UsersController,
        NgoKeysController,
        AuditController,
        NgoDataController,
        HealthController,
        OpenApiController,
        DocsController,
        MetricsController,
        DashboardController,
        AdminUiController,
      ],
      providers: [
        OpenApiDocument,
        AuthService,
        MessagesService,
        RedactionReviewService,
        MetricsService,
        NgoReleaseService,
        {
          // Partner-facing reads go through their own pool, switched to the read-only aggregate role.
          provide: NGO_DATA_SOURCE,
          useFactory: async () => {
            const ds = createDataSource({ url: config.common.databaseUrl, applicationName: 'moderation-ngo', poolSize: 4, role: 'tnr_ngo_reader' });
            return ds.initialize();
          },
        },
        // Keys the release ids (an HMAC of the true counts), derived from the KEK so no new secret is needed.
        { provide: NGO_RELEASE_SECRET, useValue: new Uint8Array(hkdfSync('sha256', Buffer.from(config.narrative.narrativeKek, 'base64'), Buffer.alloc(0), 'tnr-watch ngo release id v1', 32)) },
        DashboardRepository,
        {
          provide: QueueConnection,
          useFactory: () => new QueueConnection({ redisUrl: config.common.redisUrl, databaseUrl: config.common.databaseUrl, pgSchema: config.common.queuePgSchema }),
        },
        { provide: LoginThrottle, useValue: new LoginThrottle() },
        { provide: NgoRateLimiter, useValue: new NgoRateLimiter() },
        { provide: NarrativeCipher, useFactory: () => new NarrativeCipher(narrativeKeyRing(config.narrative)) },
        { provide: MODERATION_CONFIG, useValue: config },
        { provide: HEALTH_DATA_SOURCE, useExisting: DATA_SOURCE },
        { provide: HEALTH_QUEUE_PROBE, useFactory: (metrics: MetricsService) => () => metrics.queueAnswers(), inject: [MetricsService] },
        { provide: APP_GUARD, useClass: StaffAccessGuard },
      ],
    };
  }
}
