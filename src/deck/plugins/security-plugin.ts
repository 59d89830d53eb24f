import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, securityHeaders } from '../csp.ts';
import type { DeckState } from './deck-state.ts';

/**
 * The deck's CSP and security headers: served by `vite preview`, written to dist/_headers for
 * static hosts, and set as a <meta> for hosts that send no headers (a meta CSP cannot carry
 * frame-ancestors, which is why the header file exists too).
 */
export function securityPlugin(state: DeckState, options: { singleFile?: boolean } = {}): Plugin {
  return {
    name: 'deck:security',
    config() {
      return { preview: { headers: securityHeaders() } };
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        // The single file gets its meta once its scripts are inlined (singleFileCspPlugin).
        if (state.config.command === 'serve' || options.singleFile) return [];
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({}, true) },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    writeBundle() {
      if (options.singleFile) return;
      // `_headers` is read by Netlify and Cloudflare Pages; README covers other hosts.
      const rules = Object.entries(securityHeaders()).map(([k, v]) => `  ${k}: ${v}`);
      const cache = '/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n';
      writeFileSync(join(state.config.build.outDir, '_headers'), `/*\n${rules.join('\n')}\n${cache}`);
    },
  };
}

/**
 * For the single-file build, run after vite-plugin-singlefile has inlined the scripts: the meta
 * CSP allows exactly those inline scripts by hash, so the file keeps a strict script-src even
 * when opened from file:// or a USB stick.
 */
export function singleFileCspPlugin(): Plugin {
  return {
    name: 'deck:single-file-csp',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          const html = String(asset.source);
          const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
            .map((m) => m[1] ?? '')
            .filter((body) => body.trim())
            .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
          const csp = contentSecurityPolicy({ scriptHashes: hashes, self: false, inline: true }, true);
          if (!/<meta charset="utf-8"\s*\/?>/i.test(html)) this.error('The single-file build has no <meta charset> to put its CSP after.');
          asset.source = html.replace(
            /<meta charset="utf-8"\s*\/?>/i,
            (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`,
          );
        }
      },
    },
  };
}
