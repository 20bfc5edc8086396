#pragma once

#include <QString>

namespace od {

/// Format checks for identifiers the rep types. Pure functions, no I/O.
namespace validators {

/// Cleans a pasted tenant id: spaces, braces, "urn:uuid:", or a surrounding URL such as
/// "https://portal.azure.com/#...tenantId=<guid>&..." are removed. Returns the GUID in lower case
/// "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", or the trimmed input unchanged when no GUID is found.
QString normaliseTenantId(const QString &text);
/// True for a GUID in canonical form (8-4-4-4-12 hexadecimal digits, lower or upper case).
bool isGuid(const QString &text);
/// A practical e-mail check (RFC 5321 lengths, one @, a dotted domain, no spaces).
bool isEmail(const QString &text);

/// Luhn checksum over digits (SIREN; most SIRETs).
bool luhn(const QString &digits);
/// French SIRET (14 digits): Luhn, except for La Poste's establishments (SIREN 356000000),
/// whose digits add up to a multiple of 5 instead.
bool siret(const QString &digits);
/// Spanish tax ids: NIF (DNI), NIE and CIF, with their control character.
bool spanishTaxId(const QString &text);
/// Italian codice fiscale of a person (16 characters) with its check character.
bool codiceFiscale(const QString &text);
/// Italian VAT number (partita IVA, 11 digits) with its check digit.
bool italianVat(const QString &digits);
/// Runs the named checksum of a catalog porting field ("luhn", "siret", "nif", "codiceFiscale",
/// "itVat");
/// an empty name passes.
bool checksum(const QString &name, const QString &value);
/// True when `name` is a checksum this version knows.
bool isKnownChecksum(const QString &name);

/// The form a catalog pattern and checksum are applied to: spaces, dots and dashes removed,
/// upper case ("123 456 789 00012" → "12345678900012").
QString normaliseIdentifier(const QString &text);

} // namespace validators
} // namespace od
