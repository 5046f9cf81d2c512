import { ApiProperty } from '@nestjs/swagger';
import type { DashboardCounts } from '@tnr/database';

/** The staff dashboard's counts, for the OpenAPI document (checked against the repository's type). */
class StatusCountDto {
  @ApiProperty() status!: string;
  @ApiProperty() count!: number;
}

class MonthCountDto {
  @ApiProperty({ description: 'YYYY-MM' }) month!: string;
  @ApiProperty({ description: 'Reports received that month' }) received!: number;
  @ApiProperty({ description: 'Reports verified that month (day of the decision)' }) verified!: number;
}

class IncidentTypeCountDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) parentId!: string | null;
  @ApiProperty() label!: string;
  @ApiProperty() count!: number;
}

class CountryCountDto {
  @ApiProperty({ description: 'ISO 3166-1 alpha-2, or `unknown`' }) country!: string;
  @ApiProperty() count!: number;
}

class CityCountDto {
  @ApiProperty() key!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) nameZh!: string | null;
  @ApiProperty({ type: String, nullable: true }) country!: string | null;
  @ApiProperty() lat!: number;
  @ApiProperty() lon!: number;
  @ApiProperty() count!: number;
}

export class DashboardResponseDto implements DashboardCounts {
  @ApiProperty({ type: [StatusCountDto], description: 'All reports by status' }) byStatus!: StatusCountDto[];
  @ApiProperty({ type: [MonthCountDto] }) byMonth!: MonthCountDto[];
  @ApiProperty({ type: [IncidentTypeCountDto], description: 'Verified reports per incident type (all types, zero included)' }) byIncidentType!: IncidentTypeCountDto[];
  @ApiProperty({ type: [CountryCountDto], description: 'Verified reports per country' }) byCountry!: CountryCountDto[];
  @ApiProperty({ type: [CityCountDto], description: 'Verified reports per gazetteer city, with coordinates' }) byCity!: CityCountDto[];
}
