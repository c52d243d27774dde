import { yup } from '@strapi/utils';

/** A whole number in [min, max] from a query string, with a default. */
export const wholeNumber = (min: number, max: number, defaultValue: number) =>
  yup.number().typeError('${path} must be a whole number').integer().min(min).max(max).default(defaultValue);

/** A locale code as given; whether the app knows it is checked against the database separately. */
export const localeCode = () => yup.string().trim().min(1);
