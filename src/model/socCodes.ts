// The occupation codes the official data joins on, each pattern written once.

/** A detailed SOC 2018 code, "29-1141": BLS, Census and NCES files. */
export const SOC_CODE = /^\d{2}-\d{4}$/;

/** An O*NET-SOC code, "29-1141.00" (".00" is the SOC occupation itself, ".01" and on its O*NET specialities). */
export const ONET_SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;

/** A role's `socCode`: either of the above. */
export const ROLE_SOC_CODE = /^\d{2}-\d{4}(\.\d{2})?$/;

/** A SOC code, group or pattern as the Census code list prints it: "13-2011", "25-2050", "25-1000", "13-20XX". */
export const SOC_SCOPE = /^\d{2}-(\d{4}|\d{3}X|\d{2}XX|\dXXX)$/;
