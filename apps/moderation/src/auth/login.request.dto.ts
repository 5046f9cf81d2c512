import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginRequestDto {
  @ApiProperty()
  @IsString()
  @Length(1, 64, { message: 'username must be 1 to 64 characters' })
  username!: string;

  /** Length is checked before any hashing (a 1 MB password must not cost a hash). */
  @ApiProperty()
  @IsString()
  @Length(1, 256, { message: 'password must be 1 to 256 characters' })
  password!: string;
}
