import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

export const SESSION_MODES = ['cookie', 'token'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

class SessionModeDto {
  /**
   * `cookie` (default, for the admin UI): the session travels in an HttpOnly cookie and the
   * response carries only the CSRF token. `token`: the session token is returned for
   * `Authorization: Bearer` use by scripts, and no cookie is set.
   */
  @ApiPropertyOptional({ enum: SESSION_MODES, default: 'cookie' })
  @IsOptional()
  @IsIn(SESSION_MODES as unknown as string[], { message: 'mode must be cookie or token' })
  mode?: SessionMode;
}

export class LoginRequestDto extends SessionModeDto {
  @ApiProperty()
  @IsString()
  @Length(1, 64, { message: 'username must be 1 to 64 characters' })
  username!: string;

  /** Length is checked before any hashing (a 1 MB password must not cost a hash). */
  @ApiProperty()
  @IsString()
  @Length(1, 256, { message: 'password must be 1 to 256 characters' })
  password!: string;

  /** The 6-digit code from the authenticator app; omitted on the very first login (enrolment). */
  @ApiPropertyOptional({ example: '123456' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code?: string;
}

export class EnrolRequestDto extends SessionModeDto {
  @ApiProperty()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'enrolmentToken is not valid' })
  enrolmentToken!: string;

  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code!: string;
}
