import { KNOWLEDGE_SITE_LAYERS, KNOWLEDGE_SITE_PLATFORM, OWNERS, type Owner } from '../../data/responsibility.ts';
import { escapeHtml } from '../html.ts';
import type { Component } from './component.ts';

/**
 * The layers of さくらのナレッジ and who answers for each, as HTML/CSS: a stack of layers with
 * the owner written beside each group, so the split is read from text, not from colour.
 */
export const responsibility: Component = {
  args: {},
  render(_args, { lang }) {
    const groups: { owner: Owner; layers: (typeof KNOWLEDGE_SITE_LAYERS)[number][] }[] = [];
    for (const layer of KNOWLEDGE_SITE_LAYERS) {
      const last = groups.at(-1);
      if (last?.owner === layer.owner) last.layers.push(layer);
      else groups.push({ owner: layer.owner, layers: [layer] });
    }
    const html = groups.map((g) => {
      const layers = g.layers
        .map(
          (l) =>
            `<li class="layer">${escapeHtml(l.label[lang])}${l.example ? `<span class="layer-example">${escapeHtml(l.example[lang])}</span>` : ''}</li>`,
        )
        .join('');
      return `<div class="stack-group owner-${g.owner}"><ul class="stack-layers">${layers}</ul><p class="stack-owner">${escapeHtml(OWNERS[g.owner][lang])}</p></div>`;
    });
    return `<figure class="stack">${html.join('')}<figcaption class="stack-platform">${escapeHtml(KNOWLEDGE_SITE_PLATFORM[lang])}</figcaption></figure>`;
  },
};
