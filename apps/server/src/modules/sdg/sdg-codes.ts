/** Well-formed SDG codes; whether a code exists is the catalog's answer. */
export const SDG_GOAL_CODE = /^[1-9][0-9]?$/;
export const SDG_TARGET_CODE = /^[1-9][0-9]?\.(?:[1-9][0-9]?|[a-z])$/;
export const SDG_INDICATOR_CODE = /^[1-9][0-9]?\.(?:[1-9][0-9]?|[a-z])\.[1-9][0-9]?$/;
