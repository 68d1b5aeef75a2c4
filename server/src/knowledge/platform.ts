// The console trees were crawled from CHR (the x86 virtual router), which lacks hardware-specific
// menus and arguments that real exports contain (ipsec.md §2.3: `hw-offload` is "not in the x86
// inspect"). Where a file may use them, the knowledge base answers "unknown" instead of "absent".
import { menuKey } from './paths';
import type { MenuPath } from './types';

/** Menus that only exist on hardware (RouterBOARD, switch chips, LCD, PoE, 60 GHz radios). */
const HARDWARE_MENUS: readonly string[] = [
  'interface ethernet switch',
  'interface ethernet poe',
  'interface w60g',
  'system routerboard',
  'lcd',
];

/** Menus whose arguments vary with the hardware: an argument missing from the tree may still exist. */
const HARDWARE_ARGUMENT_MENUS: readonly string[] = ['interface ethernet'];

/** Single hardware arguments of otherwise well-known menus. */
const HARDWARE_ARGUMENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ip firewall filter', ['hw-offload']],
  ['ipv6 firewall filter', ['hw-offload']],
]);

function within(key: string, menu: string): boolean {
  return key === menu || key.startsWith(`${menu} `);
}

export function isHardwareMenu(path: MenuPath): boolean {
  const key = menuKey(path);
  return HARDWARE_MENUS.some((menu) => within(key, menu));
}

/** An argument the CHR tree may lack although real routers accept it. */
export function mayBeHardwareArgument(path: MenuPath, argument: string): boolean {
  const key = menuKey(path);
  return HARDWARE_ARGUMENT_MENUS.includes(key) || (HARDWARE_ARGUMENTS.get(key)?.includes(argument) ?? false);
}
