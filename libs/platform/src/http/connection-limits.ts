import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { sendError, type ErrorPageRenderer } from './error-page';

/** Limits per connection and for the whole process; all held in memory, none keyed by address. */
export interface ConnectionLimits {
  /** Requests being handled at once by the whole process; more get 503 `server_busy`. */
  maxInFlight: number;
  /** Requests being handled at once for one connection (HTTP/1.1 pipelining); more get 429. */
  maxInFlightPerSocket: number;
  /** Requests one keep-alive connection may carry before the server closes it. */
  maxRequestsPerSocket: number;
  /** Time allowed to receive the request headers (slow-header attacks get 408). */
  headersTimeoutMs: number;
  /** Time allowed to receive the whole request, body included (slow bodies get 408). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Open connections the server accepts; further ones are dropped by the kernel side. */
  maxConnections: number;
}

/**
 * Applies `limits` to the app's Node HTTP server and registers the in-flight caps as the
 * first middleware after the security headers (so refusals carry them and cost no body
 * parsing). Call before `listen`.
 */
export function applyConnectionLimits(app: INestApplication, limits: ConnectionLimits, renderPage?: ErrorPageRenderer): void {
  const server = app.getHttpServer() as Server;
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
  server.maxConnections = limits.maxConnections;
  // Node enforces the two timeouts on this interval (30 s by default). It is read when the
  // server starts listening; @types/node declares it only as a constructor option.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.max(100, Math.min(1000, limits.headersTimeoutMs / 2));

  let inFlight = 0;
  const perSocket = new WeakMap<Socket, number>();
  app.use((req: Request, res: Response, next: NextFunction) => {
    const socket = req.socket;
    const onSocket = perSocket.get(socket) ?? 0;
    if (onSocket >= limits.maxInFlightPerSocket) {
      res.setHeader('Connection', 'close');
      sendError(req, res, 429, { error: 'too_many_requests', message: 'Too many requests at once on one connection.' }, renderPage);
      return;
    }
    if (inFlight >= limits.maxInFlight) {
      res.setHeader('Retry-After', '10');
      sendError(req, res, 503, { error: 'server_busy', message: 'The service is busy. Please try again in a minute.' }, renderPage);
      return;
    }
    inFlight += 1;
    perSocket.set(socket, onSocket + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      inFlight -= 1;
      perSocket.set(socket, (perSocket.get(socket) ?? 1) - 1);
    };
    res.once('finish', release);
    res.once('close', release);
    next();
  });
}
