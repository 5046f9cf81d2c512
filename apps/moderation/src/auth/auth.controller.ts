import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { StaffPrincipal } from '@tnr/database';
import { RequiresPermission, StaffLogin } from '@tnr/platform';
import { AuthService } from './auth.service';
import { LoginRequestDto } from './login.request.dto';
import { CurrentPrincipal, CurrentSessionToken } from './principal.decorator';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @StaffLogin()
  @HttpCode(200)
  async login(@Body() body: LoginRequestDto): Promise<{ token: string; user: StaffPrincipal }> {
    const { token, principal } = await this.auth.login(body.username, body.password, new Date());
    return { token, user: principal };
  }

  @Post('logout')
  @RequiresPermission('reports:read')
  @HttpCode(204)
  async logout(@CurrentSessionToken() token: string, @CurrentPrincipal() principal: StaffPrincipal): Promise<void> {
    await this.auth.logout(token, principal, new Date());
  }

  @Get('me')
  @RequiresPermission('reports:read')
  me(@CurrentPrincipal() principal: StaffPrincipal): StaffPrincipal {
    return principal;
  }
}
