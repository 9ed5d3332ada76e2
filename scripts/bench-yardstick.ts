// A server that does nothing but answer every request with a fixed JSON body, the size of
// ours' GET answer: bare `node:http`, or bare Express 5 (one route). `npm run bench` drives it
// with the same load generator as ours and Prism, so its req/s and p99 are this machine's
// ceiling for an HTTP answer — what no mock server here can beat.
//
//   node scripts/bench-yardstick.ts <node|express> <port> <body bytes>
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import express from 'express';

const [kind, port = '0', bytes = '300'] = process.argv.slice(2);
const body = JSON.stringify({ padding: 'x'.repeat(Math.max(0, Number(bytes) - 14)) });
const answer = (req: IncomingMessage, res: ServerResponse) => {
  req.resume();
  res.setHeader('content-type', 'application/json');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
};

if (kind === 'node') createServer(answer).listen(Number(port), '127.0.0.1');
else if (kind === 'express') {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.all('/{*path}', answer);
  app.listen(Number(port), '127.0.0.1');
} else {
  console.error('usage: node scripts/bench-yardstick.ts <node|express> <port> <body bytes>');
  process.exit(2);
}
