import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const KEY = /^[a-z0-9_]{1,100}$/;

export class GazetteerListQueryDto {
  @ApiPropertyOptional({ description: 'Text in the key, English or Chinese names, or aliases' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: 'kind must be a kind name' })
  kind?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'Key of the last entry of the previous page' })
  @IsOptional()
  @Matches(KEY, { message: 'after must be a key' })
  after?: string;
}

/** Shared by organizations and locations; fields that do not apply to the type are refused. */
class GazetteerFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 300)
  nameEn?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  namesZh?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: 'kind must be lower-case letters and underscores' })
  kind?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be a two-letter country code' })
  countryCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  source?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string;
}

export class OrganizationRequestDto extends GazetteerFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  city?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  address?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  confidence?: string;

  @ApiPropertyOptional({ description: 'Key of the parent organization (e.g. the bureau running a station)' })
  @IsOptional()
  @Matches(KEY, { message: 'parentKey must be a key' })
  parentKey?: string;

  @ApiPropertyOptional({ description: 'Key of the host organization (e.g. an association hosting a station)' })
  @IsOptional()
  @Matches(KEY, { message: 'hostKey must be a key' })
  hostKey?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(KEY, { message: 'locationKey must be a key' })
  locationKey?: string;
}

export class LocationRequestDto extends GazetteerFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @Min(-90)
  @Max(90)
  lat?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @Min(-180)
  @Max(180)
  lon?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(KEY, { message: 'relatedOrgKey must be a key' })
  relatedOrgKey?: string;
}

export class AliasRequestDto {
  @ApiPropertyOptional()
  @IsString()
  @Length(2, 200, { message: 'alias must be 2 to 200 characters' })
  alias!: string;
}

export const GAZETTEER_KEY = KEY;
