import { Expose, Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * A whole-number environment variable between `min` and `max`, for a config class property
 * (the property's initialiser is the default when the variable is absent). With `optional`,
 * absent or empty leaves the property undefined; otherwise empty is refused.
 */
export function IntegerSetting(name: string, min: number, max: number, options: { optional?: boolean } = {}): PropertyDecorator {
  const message = `${name} must be a whole number from ${min} to ${max}`;
  const decorators: PropertyDecorator[] = [
    Expose({ name }),
    Transform(({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value))),
    ...(options.optional ? [IsOptional()] : []),
    IsInt({ message }),
    Min(min, { message }),
    Max(max, { message }),
  ];
  return (target, property) => {
    for (const decorate of decorators) decorate(target, property);
  };
}
