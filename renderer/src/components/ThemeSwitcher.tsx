/** System / light / dark: follows the system by default, remembered on this machine. */
import { useEffect } from 'react';
import { THEME_KEY, useStoredString } from '../lib/preferences.js';
import { Icon } from './Icon.js';

const CHOICES = [
  { value: 'system', label: 'Use the system theme', icon: 'monitor' },
  { value: 'light', label: 'Light theme', icon: 'sun' },
  { value: 'dark', label: 'Dark theme', icon: 'moon' },
] as const;

/** Applies the stored theme to <html data-theme>. */
export function useThemeAttribute(): void {
  const [theme] = useStoredString(THEME_KEY, 'system');
  useEffect(() => {
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }, [theme]);
}

export function ThemeSwitcher() {
  const [theme, setTheme] = useStoredString(THEME_KEY, 'system');
  return (
    <div className="segmented" role="group" aria-label="Theme">
      {CHOICES.map((c) => (
        <button key={c.value} type="button" aria-pressed={theme === c.value} title={c.label} onClick={() => setTheme(c.value)}>
          <Icon name={c.icon} />
          <span className="sr-only">{c.label}</span>
        </button>
      ))}
    </div>
  );
}
