// Refusals of the sign-in routes: a short French page for the browser, or JSON for programs, both with a stable code.
import type { Request, Response } from 'express';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function refuse(req: Request, res: Response, status: number, code: string, message: string): void {
  res.setHeader('Cache-Control', 'no-store');
  if (req.accepts(['html', 'json']) === 'json') {
    res.status(status).json({ code, message });
    return;
  }
  res.status(status).type('html').send(`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Connexion impossible</title></head>
<body><main><h1>Connexion impossible</h1><p>${escape(message)}</p><p><small>Code : ${escape(code)}</small></p></main></body></html>
`);
}

export const notConfigured = (req: Request, res: Response, what: string) =>
  refuse(req, res, 503, 'SIGN_IN_NOT_CONFIGURED', `La connexion par ${what} n’est pas configurée sur cette plateforme.`);
