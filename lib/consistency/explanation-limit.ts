/** The longest explanation of a 整合性チェック finding, for the form and the service alike. */
export const EXPLANATION_LIMIT = 1000;
