// The web app manifest and icons, from the dataset's city and language, written into the
// build folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { iconPng } from './icons.mjs';

const textIn = (text, lang) => (typeof text === 'string' ? text : text?.[lang] ?? Object.values(text ?? {})[0] ?? '');

export function writeManifest(dir, datasetPath) {
  const { meta } = JSON.parse(readFileSync(datasetPath, 'utf8'));
  const lang = meta.language || 'de';
  const city = textIn(meta.city, lang);
  mkdirSync(join(dir, 'icons'), { recursive: true });
  const icons = [];
  for (const size of [192, 512]) {
    for (const purpose of ['any', 'maskable']) {
      const name = `icons/icon-${purpose}-${size}.png`;
      writeFileSync(join(dir, name), iconPng(size, { maskable: purpose === 'maskable' }));
      icons.push({ src: `/${name}`, sizes: `${size}x${size}`, type: 'image/png', purpose });
    }
  }
  const manifest = {
    name: `Wegweiser ${city}`,
    short_name: 'Wegweiser',
    description: textIn(meta.description, lang) || `Hilfe und Angebote für ältere Menschen in ${city}`,
    lang,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    id: '/',
    display: 'standalone',
    theme_color: '#0b3f8a',
    background_color: '#ffffff',
    icons,
    shortcuts: [
      { name: 'Suche', short_name: 'Suche', url: '/suche', icons: [icons[0]] },
      { name: 'Merkliste', short_name: 'Merkliste', url: '/merkliste', icons: [icons[0]] },
    ],
  };
  writeFileSync(join(dir, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
