import { Injectable, type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/**
 * Holds the app's OpenAPI document, built once after the app is assembled and served by a
 * controller of each app under that app's own access rule (never an undeclared route).
 */
@Injectable()
export class OpenApiDocument {
  private document: OpenAPIObject | null = null;

  build(app: INestApplication, info: { title: string; description: string; security?: 'staff' | 'none' }): void {
    const builder = new DocumentBuilder().setTitle(info.title).setDescription(info.description).setVersion('1');
    if (info.security === 'staff') {
      builder.addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Session token from POST /v1/auth/login' }, 'staff-session');
      builder.addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'Partner NGO key' }, 'ngo-key');
    }
    this.document = SwaggerModule.createDocument(app, builder.build());
  }

  get(): OpenAPIObject {
    if (!this.document) throw new Error('OpenAPI document not built');
    return this.document;
  }
}
