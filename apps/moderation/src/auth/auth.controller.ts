import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { StaffPrincipal } from '@tnr/database';
import { RequiresPermission, StaffLogin, type StaffPermission } from '@tnr/platform';
import type { Response } from 'express';
import { AuthService, csrfTokenFor, type EnrolmentRequired, type LoginSuccess } from './auth.service';
import { EnrolRequestDto, LoginRequestDto, type SessionMode } from './login.request.dto';
import { permissionsOf } from './permissions';
import { CurrentPrincipal, CurrentSessionToken } from './principal.decorator';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { EnrolmentRequiredDto, SessionResponseDto } from './session.response.dto';

export interface SessionResponse {
  status: 'ok';
  user: StaffPrincipal;
  permissions: readonly StaffPermission[];
  /** Send as `X-CSRF-Token` with every state-changing request made with the cookie. */
  csrfToken: string;
  /** Only with `mode: "token"`. */
  token?: string;
}

@ApiTags('auth')
@ApiExtraModels(SessionResponseDto, EnrolmentRequiredDto)
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Password + TOTP code. A first login without TOTP answers `enrolment_required` with a QR code. */
  @Post('login')
  @StaffLogin()
  @HttpCode(200)
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(SessionResponseDto) }, { $ref: getSchemaPath(EnrolmentRequiredDto) }] } })
  async login(@Body() body: LoginRequestDto, @Res({ passthrough: true }) res: Response): Promise<SessionResponse | EnrolmentRequired> {
    const result = await this.auth.login(body.username, body.password, body.code, new Date());
    return result.status === 'ok' ? this.session(result, body.mode ?? 'cookie', res) : result;
  }

  /** The first code from the newly scanned secret completes enrolment and logs in. */
  @Post('enrol')
  @StaffLogin()
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponseDto })
  async enrol(@Body() body: EnrolRequestDto, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    return this.session(await this.auth.enrol(body.enrolmentToken, body.code, new Date()), body.mode ?? 'cookie', res);
  }

  @Post('logout')
  @RequiresPermission('reports:read')
  @HttpCode(204)
  async logout(@CurrentSessionToken() token: string, @CurrentPrincipal() principal: StaffPrincipal, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(token, principal, new Date());
    clearSessionCookie(res);
  }

  /** Who is logged in, what they may do, and the CSRF token of this session (after a page reload). */
  @Get('me')
  @RequiresPermission('reports:read')
  @ApiOkResponse({ type: SessionResponseDto })
  me(@CurrentPrincipal() principal: StaffPrincipal, @CurrentSessionToken() token: string): SessionResponse {
    return { status: 'ok', user: principal, permissions: permissionsOf(principal.role), csrfToken: csrfTokenFor(token) };
  }

  private session(result: LoginSuccess, mode: SessionMode, res: Response): SessionResponse {
    const base: SessionResponse = { status: 'ok', user: result.principal, permissions: permissionsOf(result.principal.role), csrfToken: result.csrfToken };
    if (mode === 'token') return { ...base, token: result.token };
    setSessionCookie(res, result.token);
    return base;
  }
}
