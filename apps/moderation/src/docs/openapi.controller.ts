import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { OpenApiDocument, RequiresPermission } from '@tnr/platform';
import type { OpenAPIObject } from '@nestjs/swagger';

/** The staff API's OpenAPI document: for logged-in staff only. */
@ApiExcludeController()
@Controller()
export class OpenApiController {
  constructor(private readonly document: OpenApiDocument) {}

  @Get('openapi.json')
  @RequiresPermission('reports:read')
  openapi(): OpenAPIObject {
    return this.document.get();
  }
}
