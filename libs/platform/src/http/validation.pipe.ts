import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

function collect(errors: ValidationError[], prefix: string, out: Record<string, string[]>): void {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const messages = Object.values(e.constraints ?? {});
    if (messages.length > 0) out[path] = [...(out[path] ?? []), ...messages];
    if (e.children?.length) collect(e.children, path, out);
  }
}

/**
 * Unknown fields are an error (mass assignment, prototype pollution), values are never
 * echoed back: messages name the field and the rule only.
 */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields: Record<string, string[]> = {};
      collect(errors, '', fields);
      return new BadRequestException({ error: 'validation_failed', message: 'Some fields are invalid.', fields });
    },
  });
}
