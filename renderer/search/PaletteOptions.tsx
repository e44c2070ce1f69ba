// The palette's listbox: matching commands first, then search hits, one of them active for the keyboard.
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import type { Route } from '../routing/routes';
import type { OpenableHit } from './hitLinks';
import { HitSummary } from './HitSummary';
import type { PaletteCommand } from './paletteCommands';
import { hitKey } from './usePalettePins';

export type PaletteEntry = { kind: 'command'; command: PaletteCommand } | { kind: 'hit'; hit: OpenableHit };

interface PaletteOptionsProps {
  listId: string;
  optionId: (index: number) => string;
  commands: PaletteCommand[];
  hits: OpenableHit[];
  active: PaletteEntry | undefined;
  pinned: ReadonlySet<string>;
  onActivate: (index: number) => void;
  onOpenHit: (hit: OpenableHit) => void;
  onOpen: (route: Route) => void;
}

export function PaletteOptions({ listId, optionId, commands, hits, active, pinned, onActivate, onOpenHit, onOpen }: PaletteOptionsProps) {
  const { t } = useI18n();
  const activeHit = active?.kind === 'hit' ? active.hit : undefined;
  return (
    <ul id={listId} className="palette-results" role="listbox" aria-label={t('search.results')}>
      {commands.map((command, i) => {
        const isActive = active?.kind === 'command' && active.command === command;
        return (
          <li key={command.id} id={optionId(i)} role="option" aria-selected={isActive} className={`palette-hit palette-command${isActive ? ' is-active' : ''}`} onMouseMove={() => onActivate(i)} onClick={() => void command.run()}>
            <span className="hit-head">
              <span className="badge badge-command">
                <Icon name={command.icon} />
                {t('search.commands')}
              </span>
              <span className="hit-title">{command.label}</span>
            </span>
          </li>
        );
      })}
      {hits.map((hit, index) => {
        const i = index + commands.length;
        return (
          <li
            key={hitKey(hit)}
            id={optionId(i)}
            role="option"
            // Named by what it shows (type, title, where it lives, snippet): a name apart from the visible text confuses voice control.
            aria-selected={hit === activeHit}
            className={`palette-hit${hit === activeHit ? ' is-active' : ''}${hit.partial ? ' is-partial' : ''}`}
            onMouseMove={() => onActivate(i)}
            onClick={() => onOpenHit(hit)}
          >
            <HitSummary hit={hit} id={optionId(i)} onOpen={onOpen} insideOption />
            {pinned.has(hitKey(hit)) && (
              <span className="hit-pinned">
                <Icon name="check" />
                {t('pin.pinned')}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
