import type { Command } from "../command.js";
import { expenditureCommand } from "./expenditure.js";
import { forecastCommand } from "./forecast.js";
import { goalCommand } from "./goal.js";
import { planCommand } from "./plan.js";
import { programCommand } from "./program.js";
import { timerCommand } from "./timer.js";
import { serveCommand } from "./serve.js";
import { migrateCommand } from "./migrate.js";
import { userCommand } from "./user.js";
import { backupCommand } from "./backup.js";
import { exportCommand } from "./export.js";
import { foodsCommand } from "./foods.js";
import { importCommand } from "./import.js";

/** Every `leanback` command, in the order `leanback --help` lists them. Add one line per command. */
export const commands: readonly Command[] = [
  serveCommand,
  migrateCommand,
  userCommand,
  backupCommand,
  exportCommand,
  planCommand,
  forecastCommand,
  goalCommand,
  expenditureCommand,
  programCommand,
  timerCommand,
  foodsCommand,
  importCommand,
];
