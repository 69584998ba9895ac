import 'i18next';
import type builder from '../locales/en/builder.json';
import type common from '../locales/en/common.json';
import type history from '../locales/en/history.json';
import type library from '../locales/en/library.json';
import type player from '../locales/en/player.json';
import type routine from '../locales/en/routine.json';
import type settings from '../locales/en/settings.json';
import type timer from '../locales/en/timer.json';
import type vocabulary from '../locales/en/vocabulary.json';
import type ui from '../locales/en/ui.json';
import type welcome from '../locales/en/welcome.json';

// English is the source: a key used in code must exist in its catalog, checked by tsc.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      builder: typeof builder;
      common: typeof common;
      history: typeof history;
      library: typeof library;
      player: typeof player;
      routine: typeof routine;
      settings: typeof settings;
      timer: typeof timer;
      vocabulary: typeof vocabulary;
      ui: typeof ui;
      welcome: typeof welcome;
    };
  }
}
