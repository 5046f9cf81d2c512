import { RequestMethod, type INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ACCESS_RULE, type AccessRule } from './access.decorator';

export interface RouteAccess {
  controller: string;
  handler: string;
  method: string;
  path: string;
  rule: AccessRule | undefined;
}

/** Every HTTP route of an app with its declared access rule (undefined = undeclared). */
export function listRouteAccess(app: INestApplication): RouteAccess[] {
  const discovery = app.get(DiscoveryService);
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const out: RouteAccess[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    const base = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      out.push({
        controller: wrapper.metatype.name,
        handler: name,
        method,
        path: `/${base}/${path}`.replace(/\/+/g, '/'),
        rule: reflector.getAllAndOverride<AccessRule>(ACCESS_RULE, [handler, wrapper.metatype]),
      });
    }
  }
  return out;
}
