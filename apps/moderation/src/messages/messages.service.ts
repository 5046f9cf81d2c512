import { Injectable } from '@nestjs/common';
import { coarseDate } from '@tnr/domain';
import { AuditRepository, MessageRepository, type StaffPrincipal } from '@tnr/database';
import { NarrativeCipher } from '@tnr/platform';
import { redact } from '@tnr/redaction';
import { randomUUID } from 'node:crypto';

export interface StaffMessageView {
  id: string;
  from: 'moderator' | 'reporter';
  /** Reporter messages are redacted like narratives; staff messages are shown as written. */
  body: string;
  redacted: boolean;
  on: string;
}

@Injectable()
export class MessagesService {
  constructor(
    private readonly messages: MessageRepository,
    private readonly audit: AuditRepository,
    private readonly cipher: NarrativeCipher,
  ) {}

  async send(reportId: string, body: string, principal: StaffPrincipal, now: Date): Promise<{ id: string }> {
    const id = randomUUID();
    const sealed = this.cipher.encrypt(id, body);
    await this.messages.add({ id, reportId, author: 'staff', staffId: principal.id, bodyCiphertext: sealed.ciphertext, bodyWrappedKey: sealed.wrappedKey, createdOn: coarseDate(now) });
    await this.audit.appendStandalone({ actorId: principal.id, action: 'report.message.sent', targetType: 'report', targetId: reportId, details: { messageId: id } }, now);
    return { id };
  }

  /** Reading the conversation is a view of reporter-written text: audited. */
  async list(reportId: string, principal: StaffPrincipal, now: Date): Promise<StaffMessageView[]> {
    const sealed = await this.messages.list(reportId);
    await this.audit.appendStandalone({ actorId: principal.id, action: 'report.messages.viewed', targetType: 'report', targetId: reportId }, now);
    return sealed.map((m) => {
      const body = this.cipher.decrypt(m.id, { ciphertext: m.bodyCiphertext, wrappedKey: m.bodyWrappedKey });
      const fromReporter = m.author === 'reporter';
      return { id: m.id, from: fromReporter ? 'reporter' : 'moderator', body: fromReporter ? redact(body).redacted : body, redacted: fromReporter, on: m.createdOn };
    });
  }
}
