// Every constant of Hall's dynamic adult weight model, in kcal, kg, L, mg and days.
// Source unless noted: Hall KD et al., Lancet 2011;378:826–37, web appendix (PMC3880593),
// as given in the paper's appendix.

/** Energy density of fat tissue change (kcal/kg). Hall 2011 appendix, ρF = 39.5 MJ/kg. */
export const RHO_F = 9440;
/** Energy density of lean tissue change (kcal/kg). Hall 2011 appendix, ρL = 7.6 MJ/kg. */
export const RHO_L = 1816;
/** Energy density of glycogen (kcal/kg). Hall 2011 appendix, ρG = 17.6 MJ/kg. */
export const RHO_G = 4206;
/** Fat-mass maintenance cost (kcal/kg/d). Hall 2011 appendix, γF = 13 kJ/kg/d. */
export const GAMMA_F = 3.107;
/** Lean-mass maintenance cost (kcal/kg/d). Hall 2011 appendix, γL = 92 kJ/kg/d. */
export const GAMMA_L = 21.99;
/** Cost of fat synthesis/breakdown (kcal/kg). Hall 2011 appendix, ηF = 750 kJ/kg. */
export const ETA_F = 179.3;
/** Cost of protein synthesis/breakdown (kcal/kg). Hall 2011 appendix, ηL = 960 kJ/kg. */
export const ETA_L = 229.4;
/** Thermic effect of food as a fraction of the intake change. Hall 2011 appendix, βTEF. */
export const BETA_TEF = 0.1;
/** Adaptive thermogenesis as a fraction of the intake change. Hall 2011 appendix, βAT. */
export const BETA_AT = 0.14;
/** Time constant of adaptive thermogenesis (d). Hall 2011 appendix, τAT. */
export const TAU_AT = 14;
/** Forbes constant scaled to energy: C = 10.4·ρL/ρF (kg of fat). Forbes 1987; Hall 2011 eq. p. */
export const FORBES_C = (10.4 * RHO_L) / RHO_F;
/** Baseline glycogen (kg). Hall 2011 appendix, G0 = 0.5 kg. */
export const GLYCOGEN_0 = 0.5;
/** Water stored with glycogen: 2.7 g/g, so glycogen weighs 3.7× its mass. Hall 2011 appendix. */
export const GLYCOGEN_WATER_FACTOR = 3.7;
/** Extracellular sodium concentration (mg/L). Hall 2011 appendix, [Na]. */
export const NA_CONC = 3220;
/** Renal sodium excretion per litre of ECF change (mg/L/d). Hall 2011 appendix, ξNa. */
export const XI_NA = 3000;
/** Carbohydrate-dependent sodium retention (mg/d). Hall 2011 appendix, ξCI. */
export const XI_CI = 4000;
/** Default carbohydrate share of intake, baseline and plan (Hall 2011 appendix). */
export const DEFAULT_CARB_FRACTION = 0.5;
/**
 * Baseline dietary sodium (mg/d) used only when sodium falls in proportion to calories.
 * Assumption: chosen so −500 kcal/d from ~2500 kcal/d sheds ≈0.26 kg extra water in week 1,
 * the NIH Body Weight Planner's behaviour (Hall 2011) (0.2·4000/3000 ≈ 0.27 L).
 */
export const BASELINE_SODIUM_MG = 4000;
