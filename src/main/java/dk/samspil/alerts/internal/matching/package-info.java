/** Matching news against subscriptions: CPV prefixes, Danish keywords, filters; an in-memory index. */
package dk.samspil.alerts.internal.matching;
