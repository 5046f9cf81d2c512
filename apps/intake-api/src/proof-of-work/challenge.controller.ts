import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@tnr/platform';
import type { Challenge } from 'altcha-lib';
import { ChallengeResponseDto } from './challenge.response.dto';
import { ProofOfWorkService } from './proof-of-work.service';

@ApiTags('reports')
@Controller('v1/challenge')
export class ChallengeController {
  constructor(private readonly proofOfWork: ProofOfWorkService) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'A proof-of-work challenge to solve before POST /v1/reports',
    description:
      'Self-hosted ALTCHA v2 (altcha-lib): try counters 0, 1, 2, … until PBKDF2-SHA-256(password = nonce ‖ counter as uint32 big-endian, salt, cost, keyLength) ' +
      'starts with keyPrefix (altcha-lib `solveChallenge` or the ALTCHA widget do this), then send base64(JSON {"challenge": <this object>, "solution": {"counter", "derivedKey"}}) ' +
      'as the `altcha` field of the report. Each solved challenge is accepted once, until `expiresAt`.',
  })
  @ApiOkResponse({ type: ChallengeResponseDto })
  challenge(): Promise<Challenge> {
    return this.proofOfWork.issue(new Date());
  }
}
