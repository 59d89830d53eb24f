import type { Browser } from 'playwright-core';
import type { NetworkProfile } from './network-profiles.ts';

export type ResourceKind = 'html' | 'js' | 'css' | 'fonts' | 'images' | 'other';

export interface KindBytes {
  /** Bytes on the wire, headers included (what a phone downloads). */
  transferred: number;
  /** Bytes after decompression. */
  raw: number;
  requests: number;
}

export interface LoadMeasurement {
  byKind: Record<ResourceKind, KindBytes>;
  total: KindBytes;
  /** ms from navigation start until slide 1 is laid out with its final fonts and reveal is ready. */
  readyMs: number;
  /** Every URL fetched before ready: a check that nothing leaves the origin. */
  urls: string[];
}

function kindOf(mime: string, url: string): ResourceKind {
  if (mime.includes('html')) return 'html';
  if (mime.includes('javascript') || url.endsWith('.js')) return 'js';
  if (mime.includes('css')) return 'css';
  if (mime.includes('font') || url.endsWith('.woff2')) return 'fonts';
  if (mime.startsWith('image/')) return 'images';
  return 'other';
}

const empty = (): KindBytes => ({ transferred: 0, raw: 0, requests: 0 });

/**
 * Opens the deck in a fresh context (empty cache) and records, through the DevTools protocol,
 * every response to a request started (resource timing) and finished before the deck reports ready (`performance.mark('deck-ready')`, set by
 * src/main.ts once reveal is initialised and `document.fonts.ready` has settled).
 */
export async function measureLoad(
  browser: Browser,
  url: string,
  profile: NetworkProfile,
  viewport = { width: 1280, height: 720 },
): Promise<LoadMeasurement> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      ...profile,
      connectionType: profile.latency ? 'cellular4g' : 'none',
    });
    const requests = new Map<string, { url: string; mime: string; raw: number; transferred: number; done: boolean }>();
    cdp.on('Network.requestWillBeSent', (e) =>
      requests.set(e.requestId, { url: e.request.url, mime: '', raw: 0, transferred: 0, done: false }),
    );
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.mime = e.response.mimeType;
    });
    cdp.on('Network.dataReceived', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.raw += e.dataLength;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { transferred: e.encodedDataLength, done: true });
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('deck-ready').length > 0, null, { timeout: 120_000 });
    const { readyMs, before } = await page.evaluate(() => {
      const ready = performance.getEntriesByName('deck-ready')[0]?.startTime ?? Number.NaN;
      // What slide 1 needed: requests started before the mark. The deck fetches the rest of its
      // font right after it (src/runtime/first-view.ts); those are not slide 1's bytes.
      const started = performance.getEntriesByType('resource').filter((e) => e.startTime <= ready);
      return { readyMs: ready, before: [...performance.getEntriesByType('navigation'), ...started].map((e) => e.name) };
    });
    const neededBeforeReady = new Set(before);
    // Let responses that finished just before the mark be reported by the protocol.
    await page.waitForTimeout(50);
    const byKind = { html: empty(), js: empty(), css: empty(), fonts: empty(), images: empty(), other: empty() } satisfies Record<
      ResourceKind,
      KindBytes
    >;
    const total = empty();
    const urls: string[] = [];
    for (const r of requests.values()) {
      if (!r.done || r.url.startsWith('data:') || !neededBeforeReady.has(r.url.split('#')[0] ?? r.url)) continue;
      const k = byKind[kindOf(r.mime, r.url)];
      for (const acc of [k, total]) {
        acc.transferred += r.transferred;
        acc.raw += r.raw;
        acc.requests++;
      }
      urls.push(r.url);
    }
    return { byKind, total, readyMs, urls };
  } finally {
    await context.close();
  }
}

/** Median of a list of numbers (the benchmark reports medians of several runs). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
