import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ChallengeParametersDto {
  @ApiProperty({ example: 'PBKDF2/SHA-256' })
  algorithm!: string;

  @ApiProperty({ description: 'Hex; the password of each attempt is these bytes followed by the counter as a big-endian uint32' })
  nonce!: string;

  @ApiProperty({ description: 'Hex' })
  salt!: string;

  @ApiProperty({ description: 'PBKDF2 iterations per attempt' })
  cost!: number;

  @ApiProperty({ description: 'Derived key length in bytes' })
  keyLength!: number;

  @ApiProperty({ description: 'Hex prefix the derived key must start with' })
  keyPrefix!: string;

  @ApiPropertyOptional({ description: 'HMAC of the expected derived key' })
  keySignature?: string;

  @ApiProperty({ description: 'Unix time in seconds after which the challenge is refused' })
  expiresAt!: number;
}

/** An ALTCHA v2 challenge, as altcha-lib's `createChallenge` returns it. */
export class ChallengeResponseDto {
  @ApiProperty({ type: ChallengeParametersDto })
  parameters!: ChallengeParametersDto;

  @ApiProperty({ description: 'HMAC of the parameters: they cannot be changed' })
  signature!: string;
}
