import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { OpenApiDocument, Public } from '@tnr/platform';
import type { OpenAPIObject } from '@nestjs/swagger';

/** The public API's OpenAPI document, for apps and partners that submit reports. */
@ApiExcludeController()
@Controller()
export class OpenApiController {
  constructor(private readonly document: OpenApiDocument) {}

  @Get('openapi.json')
  @Public()
  openapi(): OpenAPIObject {
    return this.document.get();
  }
}
