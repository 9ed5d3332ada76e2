// Prism's validating proxy as an independent oracle: `prism proxy <document> <upstream>` in
// front of the stubs judges every answer against the document with Prism's own validator
// and reports what it finds in the `sl-violations` header of the answer, e.g.
//   [{"location":["response","body","goal","raw"],"severity":"Error","code":"type",
//     "message":"Response body property goal.raw must be string"}]
// `location` starts with "request" or "response"; an undocumented status is a response
// violation of severity "Warning". With `--errors false` (the default, passed explicitly)
// Prism forwards even invalid requests, so the stubs' own validator still answers those.
import {
  describeViolation,
  freePort,
  isResponseViolation,
  parseViolations,
  startPrism,
  VIOLATIONS_HEADER,
  type Violation,
} from '../../src/node/prism.ts';

export { describeViolation, isResponseViolation, parseViolations, VIOLATIONS_HEADER, type Violation };

export interface PrismProxy {
  /** `http://127.0.0.1:<port>`; the document's paths (`/api/...`) start here. */
  origin: string;
  /** Every violation reported on answers through this proxy so far (filled by whoever reads them). */
  violations: Violation[];
  close(): Promise<void>;
}

/** Starts `prism proxy <document> <upstream>` on a free loopback port; resolves once it listens. */
export async function startPrismProxy(document: string, upstream: string): Promise<PrismProxy> {
  // The port is free when picked but could be taken before Prism binds it: try again then.
  for (let attempt = 1; ; attempt++) {
    try {
      const prism = await startPrism({ document, upstream, port: await freePort() });
      return { origin: prism.origin, violations: [], close: prism.close };
    } catch (error) {
      if (attempt >= 3 || !/EADDRINUSE/.test(String(error))) throw error;
    }
  }
}
