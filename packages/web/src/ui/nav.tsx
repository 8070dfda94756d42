/** The bottom navigation: seven destinations, the current one marked with aria-current. */
const ITEMS = [
  { href: "/", label: "Today", icon: "M3 11l9-8 9 8v10h-6v-6H9v6H3z" },
  { href: "/diary", label: "Diary", icon: "M5 3h11l3 3v15H5zM8 9h8M8 13h8M8 17h5" },
  { href: "/plan", label: "Plan", icon: "M4 5h16v15H4zM4 10h16M9 3v4M15 3v4" },
  { href: "/timer", label: "Timers", icon: "M12 8v5l3 2M9 2h6M12 22a9 9 0 100-18 9 9 0 000 18z" },
  { href: "/progress", label: "Progress", icon: "M4 19l5-6 4 3 7-9M4 4v15h16" },
  { href: "/photos", label: "Photos", icon: "M4 7h4l2-3h4l2 3h4v13H4zM12 17a4 4 0 100-8 4 4 0 000 8z" },
  {
    href: "/settings",
    label: "Settings",
    icon: "M12 8a4 4 0 100 8 4 4 0 000-8zM4 12h2M18 12h2M12 4v2M12 18v2",
  },
] as const;

function isCurrent(href: string, path: string): boolean {
  return href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);
}

/** A coach's extra destination: the client list. */
const CLIENTS = {
  href: "/clients",
  label: "Clients",
  icon: "M8 11a3 3 0 100-6 3 3 0 000 6zM2 20c0-3 3-5 6-5s6 2 6 5M16 11a3 3 0 100-6M18 15c2 .5 4 2 4 5",
};

export function BottomNav({ path, coaches = false }: { path: string; coaches?: boolean }) {
  const items = coaches ? [...ITEMS.slice(0, 5), CLIENTS, ITEMS[5]] : ITEMS;
  return (
    <nav class="bottom-nav" aria-label="Main">
      <ul>
        {items.map((it) => (
          <li key={it.href}>
            <a href={it.href} aria-current={isCurrent(it.href, path) ? "page" : undefined}>
              <svg viewBox="0 0 24 24" aria-hidden="true" width="24" height="24">
                <path d={it.icon} />
              </svg>
              <span>{it.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
