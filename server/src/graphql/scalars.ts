import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** ISO 8601 date-time. */
export const DateTimeScalar = new GraphQLScalarType({ ...DateTimeResolver.toConfig(), name: 'DateTime', description: 'Date et heure ISO 8601' });

/** A calendar date YYYY-MM-DD, kept as a string end to end (no time zone games with birthdates). */
export const DateScalar = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date', description: 'Date du calendrier AAAA-MM-JJ' });
