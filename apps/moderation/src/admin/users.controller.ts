import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@tnr/domain';
import { AuditRepository, StaffRepository, type StaffPrincipal, type StaffUserView } from '@tnr/database';
import { RequiresPermission } from '@tnr/platform';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { createStaffUser } from '../auth/staff-accounts';
import { CreateUserRequestDto, UpdateUserRequestDto } from './admin.request.dto';
import { CreatedUserDto, StaffUserDto } from './admin.response.dto';

/** Staff accounts (admins). Disabling, demoting or resetting TOTP ends the user's sessions at once. */
@ApiTags('admin')
@ApiBearerAuth('staff-session')
@Controller('v1/users')
export class UsersController {
  constructor(
    private readonly staff: StaffRepository,
    private readonly audit: AuditRepository,
  ) {}

  @Get()
  @RequiresPermission('users:manage')
  @ApiOkResponse({ type: [StaffUserDto] })
  list(): Promise<StaffUserView[]> {
    return this.staff.list();
  }

  /** Returns a generated password once; the user enrols TOTP at first login. */
  @Post()
  @RequiresPermission('users:manage')
  @ApiCreatedResponse({ type: CreatedUserDto })
  async create(@Body() body: CreateUserRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<{ id: string; username: string; role: string; password: string }> {
    const { id, password } = await createStaffUser({ staff: this.staff, audit: this.audit }, body.username, body.role, p.id, new Date());
    return { id, username: body.username, role: body.role, password };
  }

  @Patch(':id')
  @RequiresPermission('users:manage')
  @ApiOkResponse({ type: StaffUserDto })
  update(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @Body() body: UpdateUserRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<StaffUserView> {
    if (id === p.id && (body.disabled || (body.role && body.role !== 'admin'))) {
      throw new DomainError('INPUT.INVALID', 'You cannot disable or demote your own account; ask another admin.');
    }
    const now = new Date();
    return this.staff.update(id, body, (tx) => this.audit.append(tx, { actorId: p.id, action: 'staff.updated', targetType: 'staff_user', targetId: id, details: { ...body } }, now));
  }
}
