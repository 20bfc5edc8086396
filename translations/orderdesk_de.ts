<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AppOptions</name>
    <message>
        <source>Order Desk: fill Microsoft Teams Operator Connect orders.</source>
        <translation>Order Desk: Aufträge für Microsoft Teams Operator Connect erfassen.</translation>
    </message>
    <message>
        <source>Keep drafts in &lt;dir&gt; (default: $ORDERDESK_DATA_DIR, else the user&apos;s application data folder).</source>
        <translation>Entwürfe in &lt;dir&gt; speichern (Standard: $ORDERDESK_DATA_DIR, sonst der Anwendungsdatenordner des Benutzers).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use the product catalog in &lt;file&gt; instead of the bundled one.</source>
        <translation>Produktkatalog aus &lt;file&gt; statt des mitgelieferten verwenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Show the app in &lt;lang&gt; (en, de, ...) instead of the system language.</source>
        <translation>Anwendung in &lt;lang&gt; (en, de, ...) statt in der Systemsprache anzeigen.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>Unknown argument: %1. Try --help.</source>
        <translation>Unbekanntes Argument: %1. Siehe --help.</translation>
    </message>
    <message>
        <source>Send to the carrier&apos;s services and the e-signature service at &lt;url&gt; (all of them; HTTPS, or HTTP to this computer). Default: $ORDERDESK_UPSTREAM, then the settings.</source>
        <translation>An die Dienste des Netzbetreibers und den E-Signatur-Dienst unter &lt;url&gt; senden (alle; HTTPS oder HTTP zu diesem Computer). Standard: $ORDERDESK_UPSTREAM, dann die Einstellungen.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>--upstream needs a web address such as https://carrier.example or http://127.0.0.1:8080, not &quot;%1&quot;.</source>
        <translation>--upstream erwartet eine Webadresse wie https://carrier.example oder http://127.0.0.1:8080, nicht „%1“.</translation>
    </message>
    <message>
        <source>Commands (no window; DRAFT.json is a draft exported from Order Desk):
  contract DRAFT.json -o FILE.pdf      Write the order&apos;s contract as a PDF.
  porting-forms DRAFT.json -o FOLDER   Write its porting forms (letters of
                                       authorisation) as PDFs into FOLDER.
They exit with 0 when done, 1 when the draft or the output is the problem,
and 2 when the command line is.</source>
        <translation>Befehle (ohne Fenster; DRAFT.json ist ein aus Order Desk exportierter Entwurf):
  contract DRAFT.json -o FILE.pdf      Schreibt den Vertrag des Auftrags als PDF.
  porting-forms DRAFT.json -o FOLDER   Schreibt die Portierungsformulare
                                       (Portierungsaufträge) als PDFs in FOLDER.
Rückgabewert 0 bei Erfolg, 1 bei Problemen mit Entwurf oder Ausgabe,
2 bei Fehlern in der Befehlszeile.</translation>
    </message>
    <message>
        <source>The commands: write to &lt;path&gt; (contract: the PDF file; porting-forms: the folder, created when missing).</source>
        <translation>Für die Befehle: nach &lt;path&gt; schreiben (contract: die PDF-Datei; porting-forms: der Ordner, wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>contract or porting-forms (see above).</source>
        <translation>contract oder porting-forms (siehe oben).</translation>
    </message>
    <message>
        <source>%1 needs the exported draft to read: %2</source>
        <translation>%1 erwartet den exportierten Entwurf: %2</translation>
    </message>
    <message>
        <source>Unknown argument: %1. Usage: %2</source>
        <translation>Unbekanntes Argument: %1. Aufruf: %2</translation>
    </message>
    <message>
        <source>%1 needs -o, where to write %2: %3</source>
        <translation>%1 erwartet -o mit dem Ziel für %2: %3</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>das PDF</translation>
    </message>
    <message>
        <source>the forms (a folder)</source>
        <translation>die Formulare (ein Ordner)</translation>
    </message>
    <message>
        <source>-o belongs to the contract and porting-forms commands. Try --help.</source>
        <translation>-o gehört zu den Befehlen contract und porting-forms. Siehe --help.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>unknown key (check the spelling)</source>
        <translation>unbekannter Schlüssel (Schreibweise prüfen)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>must be a whole number, found %1</source>
        <translation>muss eine ganze Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be ≥ 0</source>
        <translation>muss ≥ 0 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>must list at least one country</source>
        <translation>muss mindestens ein Land enthalten</translation>
    </message>
    <message>
        <source>%1 is already listed as %2</source>
        <translation>%1 ist bereits als %2 aufgeführt</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 wird bereits von %2 verwendet</translation>
    </message>
    <message>
        <source>%1 is not a country of the Operator Connect footprint</source>
        <translation>%1 gehört nicht zum Operator-Connect-Versorgungsgebiet</translation>
    </message>
    <message>
        <source>%1 is not a country code: use two upper-case letters (ISO 3166-1 alpha-2), such as &quot;DE&quot;</source>
        <translation>%1 ist kein Ländercode: zwei Großbuchstaben verwenden (ISO 3166-1 alpha-2), z. B. „DE“</translation>
    </message>
    <message>
        <source>%1 is not a currency code: use three upper-case letters (ISO 4217), such as &quot;EUR&quot;</source>
        <translation>%1 ist kein Währungscode: drei Großbuchstaben verwenden (ISO 4217), z. B. „EUR“</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency in use</source>
        <translation>%1 ist keine gültige ISO-4217-Währung</translation>
    </message>
    <message>
        <source>must list at least one voice plan</source>
        <translation>muss mindestens einen Sprachtarif enthalten</translation>
    </message>
    <message>
        <source>unknown CLIP mode %1 (use &quot;screening&quot;, &quot;noScreening&quot; or &quot;presentationNumber&quot;)</source>
        <translation>unbekannter CLIP-Modus %1 („screening“, „noScreening“ oder „presentationNumber“ verwenden)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must contain &quot;screening&quot;, the default CLIP mode</source>
        <translation>muss „screening“ enthalten, den Standard-CLIP-Modus</translation>
    </message>
    <message>
        <source>must be 0 (fixed lead time) or at least leadTimeDays (%1)</source>
        <translation>muss 0 (feste Vorlaufzeit) oder mindestens leadTimeDays (%1) sein</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1 at offset %2</source>
        <translation>kein gültiger regulärer Ausdruck: %1 an Position %2</translation>
    </message>
    <message>
        <source>unknown checksum %1 (use &quot;luhn&quot;, &quot;siret&quot;, &quot;nif&quot;, &quot;codiceFiscale&quot;, &quot;itVat&quot; or &quot;&quot;)</source>
        <translation>unbekannte Prüfsumme %1 („luhn“, „siret“, „nif“, „codiceFiscale“, „itVat“ oder „“ verwenden)</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON: %1 at offset %2 (line %3, column %4)</source>
        <translation>Der Katalog ist kein gültiges JSON: %1 an Position %2 (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>The catalog must be a JSON object with &quot;countries&quot;.</source>
        <translation>Der Katalog muss ein JSON-Objekt mit „countries“ sein.</translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The bundled catalog is missing from this build (:/catalog.json); link orderdesk_resources.</source>
        <translation>Der mitgelieferte Katalog fehlt in diesem Build (:/catalog.json); orderdesk_resources einbinden.</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>office %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>Setup: %1</source>
        <translation>Einrichtung: %1</translation>
    </message>
    <message>
        <source>Migration of existing numbers</source>
        <translation>Migration bestehender Rufnummern</translation>
    </message>
    <message>
        <source>Porting of existing numbers</source>
        <translation>Portierung bestehender Rufnummern</translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation>Installation: %1</translation>
    </message>
    <message>
        <source>Activation of new numbers: %1</source>
        <translation>Aktivierung neuer Rufnummern: %1</translation>
    </message>
    <message>
        <source>Call forwarding configuration</source>
        <translation>Konfiguration der Anrufweiterleitung</translation>
    </message>
    <message>
        <source>CLIP configuration</source>
        <translation>CLIP-Konfiguration</translation>
    </message>
    <message>
        <source>Auto attendant configuration</source>
        <translation>Konfiguration automatische Telefonzentrale</translation>
    </message>
    <message>
        <source>Call queue configuration</source>
        <translation>Konfiguration Anrufwarteschleife</translation>
    </message>
</context>
<context>
    <name>OrderJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(Dokument)</translation>
    </message>
    <message>
        <source>unknown field; this version of Order Desk does not know it, and would lose it</source>
        <translation>unbekanntes Feld; diese Version von Order Desk kennt es nicht und würde es verlieren</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>erwartet: eine ganze Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>ein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum; erwartet: JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation>ein Datum mit Uhrzeit (ISO 8601)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; expected ISO 8601, e.g. 2026-12-03T09:30:00Z</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit; erwartet: ISO 8601, z. B. 2026-12-03T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone; expected ISO 8601 with Z or an offset, e.g. 2026-12-03T09:30:00Z</source>
        <translation>„%1“ hat keine Zeitzone; erwartet: ISO 8601 mit Z oder Zeitversatz, z. B. 2026-12-03T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>needs both latitude and longitude</source>
        <translation>erfordert Breiten- und Längengrad</translation>
    </message>
    <message>
        <source>latitude must lie within ±90 and longitude within ±180</source>
        <translation>Der Breitengrad muss zwischen ±90 und der Längengrad zwischen ±180 liegen</translation>
    </message>
    <message>
        <source>not a valid order document: %1 at character %2</source>
        <translation>kein gültiges Auftragsdokument: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>not a valid order document: expected a JSON object</source>
        <translation>kein gültiges Auftragsdokument: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>missing; this is not an Order Desk order document</source>
        <translation>fehlt; dies ist kein Order-Desk-Auftragsdokument</translation>
    </message>
    <message>
        <source>this order was saved by a newer version of Order Desk (schema %1; this version reads up to %2). Update Order Desk to open it.</source>
        <translation>Dieser Auftrag wurde mit einer neueren Version von Order Desk gespeichert (Schema %1; diese Version liest bis %2). Aktualisieren Sie Order Desk, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is not a schema version</source>
        <translation>%1 ist keine Schemaversion</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of the order</source>
        <translation>„%1“ ist kein Schritt des Auftrags</translation>
    </message>
    <message>
        <source>missing; every order keeps the reference it was created with</source>
        <translation>fehlt; jeder Auftrag behält die Referenz, mit der er angelegt wurde</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>No phone number: enter it in national form or with the country code (+…).</source>
        <translation>Keine Telefonnummer: Geben Sie sie im nationalen Format oder mit Ländervorwahl (+…) ein.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use only digits, spaces and a leading + for the country code.</source>
        <translation>„%1“ ist keine Telefonnummer: Verwenden Sie nur Ziffern, Leerzeichen und ein führendes + für die Ländervorwahl.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: it contains no digits.</source>
        <translation>„%1“ ist keine Telefonnummer: Sie enthält keine Ziffern.</translation>
    </message>
    <message>
        <source>Unknown country code: check the digits after + or 00.</source>
        <translation>Unbekannte Ländervorwahl: Prüfen Sie die Ziffern nach + bzw. 00.</translation>
    </message>
    <message>
        <source>No country for a national number: enter it with the country code (+…).</source>
        <translation>Kein Land für eine nationale Rufnummer: Geben Sie sie mit Ländervorwahl (+…) ein.</translation>
    </message>
    <message>
        <source>The number is too short: check that no digits are missing.</source>
        <translation>Die Rufnummer ist zu kurz: Prüfen Sie, ob Ziffern fehlen.</translation>
    </message>
    <message>
        <source>The number is too long: check for extra digits.</source>
        <translation>Die Rufnummer ist zu lang: Prüfen Sie auf überzählige Ziffern.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>The number is too short for %1: check that no digits are missing.</source>
        <translation>Die Rufnummer ist zu kurz für %1: Prüfen Sie, ob Ziffern fehlen.</translation>
    </message>
    <message>
        <source>The number is too long for %1: check for extra digits.</source>
        <translation>Die Rufnummer ist zu lang für %1: Prüfen Sie auf überzählige Ziffern.</translation>
    </message>
    <message>
        <source>Not a valid number in %1: check the area code and the number of digits.</source>
        <translation>Keine gültige Rufnummer in %1: Prüfen Sie Vorwahl und Stellenzahl.</translation>
    </message>
    <message>
        <source>The number belongs to %1, not to %2: enter a number of %2 or choose another country.</source>
        <translation>Die Rufnummer gehört zu %1, nicht zu %2: Geben Sie eine Rufnummer aus %2 ein oder wählen Sie ein anderes Land.</translation>
    </message>
    <message>
        <source>The range has no last number: write it after the separator, e.g. “… to 5699”.</source>
        <translation>Beim Rufnummernblock fehlt die letzte Nummer: Geben Sie sie nach dem Trennzeichen ein, z. B. „… bis 5699“.</translation>
    </message>
    <message>
        <source>First number of the range: %1</source>
        <translation>Erste Rufnummer des Blocks: %1</translation>
    </message>
    <message>
        <source>Last number of the range: %1</source>
        <translation>Letzte Rufnummer des Blocks: %1</translation>
    </message>
    <message>
        <source>The first and last numbers of the range have different lengths (%1 and %2 digits): write both ends in full.</source>
        <translation>Erste und letzte Rufnummer des Blocks sind unterschiedlich lang (%1 und %2 Ziffern): Geben Sie beide Enden vollständig ein.</translation>
    </message>
    <message>
        <source>The range ends (%2) before it starts (%1): put the lower number first.</source>
        <translation>Der Block endet (%2), bevor er beginnt (%1): Geben Sie die niedrigere Rufnummer zuerst ein.</translation>
    </message>
    <message>
        <source>The range has %1 numbers; at most %2 are allowed: split it into smaller ranges.</source>
        <translation>Der Block umfasst %1 Rufnummern; höchstens %2 sind zulässig: Teilen Sie ihn in kleinere Blöcke auf.</translation>
    </message>
</context>
<context>
    <name>PortingNumbers</name>
    <message>
        <source>not a number or a range</source>
        <translation>weder eine Rufnummer noch ein Block</translation>
    </message>
    <message>
        <source>Line %1 is a header (&quot;%2&quot;); skipped.</source>
        <translation>Zeile %1 ist eine Überschrift („%2“); übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 has no number in column %2; skipped: %3</source>
        <translation>Zeile %1 enthält in Spalte %2 keine Rufnummer; übersprungen: %3</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Order Desk</source>
        <translation>Order Desk</translation>
    </message>
    <message>
        <source>The product catalog cannot be used:
%1</source>
        <translation>Der Produktkatalog kann nicht verwendet werden:
%1</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Choose another one with --data-dir.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden. Wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>Order Desk could not restart: start it again.</source>
        <translation>Order Desk konnte nicht neu gestartet werden: Starten Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RecapWriter</name>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Order %1 for %2</source>
        <translation>Auftrag %1 für %2</translation>
    </message>
    <message>
        <source>Countries: %1. Existing numbers are kept in at least one country: the contract is previewed and submitted, then the porting forms are signed.</source>
        <translation>Länder: %1. In mindestens einem Land werden bestehende Rufnummern übernommen: Der Vertrag wird in der Vorschau geprüft und abgesendet, danach werden die Portierungsformulare unterschrieben.</translation>
    </message>
    <message>
        <source>Countries: %1. New numbers only: the signatory signs the contract electronically.</source>
        <translation>Länder: %1. Nur neue Rufnummern: Der Unterzeichner unterschreibt den Vertrag elektronisch.</translation>
    </message>
    <message>
        <source>ℹ Queued in the outbox: the order is sent when the carrier&apos;s ordering service is reachable.</source>
        <translation>ℹ Im Postausgang: Der Auftrag wird gesendet, sobald der Bestellservice des Netzbetreibers erreichbar ist.</translation>
    </message>
    <message>
        <source>✔ The order is complete: it can be submitted on the next page.</source>
        <translation>✔ Der Auftrag ist vollständig und kann auf der nächsten Seite abgesendet werden.</translation>
    </message>
    <message>
        <source>✔ The order can be submitted on the next page.</source>
        <translation>✔ Der Auftrag kann auf der nächsten Seite abgesendet werden.</translation>
    </message>
    <message>
        <source>✖ Still to do before the order can be submitted (%1):</source>
        <translation>✖ Noch zu erledigen, bevor der Auftrag abgesendet werden kann (%1):</translation>
    </message>
    <message>
        <source>ℹ Before it is sent, the carrier&apos;s services settle (%1):</source>
        <translation>ℹ Vor dem Senden klären die Dienste des Netzbetreibers (%1):</translation>
    </message>
    <message>
        <source>✎ Edit customer</source>
        <translation>✎ Kunde bearbeiten</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Identifiziert über</translation>
    </message>
    <message>
        <source>OCN and account e-mail</source>
        <translation>OCN und Konto-E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>OCN</source>
        <translation>OCN</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>Konto-E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Online account</source>
        <translation>Online-Konto</translation>
    </message>
    <message>
        <source>Online account id</source>
        <translation>Online-Konto-ID</translation>
    </message>
    <message>
        <source>Not yet a customer (prospect order)</source>
        <translation>Noch kein Kunde (Interessentenauftrag)</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Rechtliche Anschrift</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Account check</source>
        <translation>Kontoprüfung</translation>
    </message>
    <message>
        <source>✔ verified by the carrier</source>
        <translation>✔ vom Netzbetreiber bestätigt</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>noch nicht bestätigt</translation>
    </message>
    <message>
        <source>Microsoft tenant ID</source>
        <translation>Microsoft-Mandanten-ID</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Voice plans, OCN and BCN</source>
        <translation>Sprachtarife, OCN und BCN</translation>
    </message>
    <message>
        <source>✎ Edit voice plans of %1</source>
        <translation>✎ Sprachtarife in %1 bearbeiten</translation>
    </message>
    <message>
        <source>BCN</source>
        <translation>BCN</translation>
    </message>
    <message>
        <source>No voice plan chosen.</source>
        <translation>Kein Sprachtarif gewählt.</translation>
    </message>
    <message>
        <source>Voice plan</source>
        <translation>Sprachtarif</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Per user and month</source>
        <translation>Pro Benutzer und Monat</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Existing numbers: migration</source>
        <translation>Bestehende Rufnummern: Migration</translation>
    </message>
    <message>
        <source>Existing numbers: port</source>
        <translation>Bestehende Rufnummern: Portierung</translation>
    </message>
    <message>
        <source>✎ Edit the numbers kept in %1</source>
        <translation>✎ Übernommene Rufnummern in %1 bearbeiten</translation>
    </message>
    <message>
        <source>Calling Plan</source>
        <translation>Calling Plan</translation>
    </message>
    <message>
        <source>Direct Routing</source>
        <translation>Direct Routing</translation>
    </message>
    <message>
        <source>Operator Connect (another operator)</source>
        <translation>Operator Connect (anderer Anbieter)</translation>
    </message>
    <message>
        <source>In Teams today</source>
        <translation>Heute in Teams</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Abgebender Anbieter</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Anschlussinhaber</translation>
    </message>
    <message>
        <source>Account holder&apos;s address</source>
        <translation>Adresse des Anschlussinhabers</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Rufnummern</translation>
    </message>
    <message>
        <source>%1 in total (single numbers: %2, DDI ranges: %3)</source>
        <translation>%1 insgesamt (Einzelrufnummern: %2, Rufnummernblöcke: %3)</translation>
    </message>
    <message>
        <source>Main billing number</source>
        <translation>Hauptrufnummer</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Wunschtermin</translation>
    </message>
    <message>
        <source>Offices and new numbers</source>
        <translation>Standorte und neue Rufnummern</translation>
    </message>
    <message>
        <source>✎ Edit offices of %1</source>
        <translation>✎ Standorte in %1 bearbeiten</translation>
    </message>
    <message>
        <source>No office yet.</source>
        <translation>Noch kein Standort.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address check</source>
        <translation>Adressprüfung</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Vorwahl</translation>
    </message>
    <message>
        <source>For users</source>
        <translation>Für Benutzer</translation>
    </message>
    <message>
        <source>For resource accounts</source>
        <translation>Für Ressourcenkonten</translation>
    </message>
    <message>
        <source>Reserved numbers</source>
        <translation>Reservierte Rufnummern</translation>
    </message>
    <message>
        <source>✔ validated</source>
        <translation>✔ validiert</translation>
    </message>
    <message>
        <source>queued, waiting for the address service</source>
        <translation>im Postausgang, wartet auf den Adressdienst</translation>
    </message>
    <message>
        <source>not validated: press Validate</source>
        <translation>nicht validiert: „Adresse validieren“ wählen</translation>
    </message>
    <message>
        <source>✖ not confirmed by the address service</source>
        <translation>✖ vom Adressdienst nicht bestätigt</translation>
    </message>
    <message>
        <source>queued, waiting for the number service</source>
        <translation>im Postausgang, wartet auf den Rufnummerndienst</translation>
    </message>
    <message>
        <source>not reserved: press Reserve</source>
        <translation>nicht reserviert: „Rufnummern reservieren“ wählen</translation>
    </message>
    <message>
        <source>1: %1</source>
        <translation>1: %1</translation>
    </message>
    <message>
        <source>%1: %2 … %3</source>
        <translation>%1: %2 … %3</translation>
    </message>
    <message>
        <source>Additional services</source>
        <translation>Zusatzleistungen</translation>
    </message>
    <message>
        <source>✎ Edit the services of %1</source>
        <translation>✎ Zusatzleistungen in %1 bearbeiten</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Anrufweiterleitung</translation>
    </message>
    <message>
        <source>on, to %1</source>
        <translation>ein, an %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>CLIP screening (default)</source>
        <translation>CLIP-Screening (Standard)</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP no Screening</translation>
    </message>
    <message>
        <source>presentation number %1</source>
        <translation>angezeigte Rufnummer %1</translation>
    </message>
    <message>
        <source>Caller ID (CLIP)</source>
        <translation>Rufnummernanzeige (CLIP)</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Automatische Telefonzentralen</translation>
    </message>
    <message>
        <source>Call queues</source>
        <translation>Anrufwarteschleifen</translation>
    </message>
    <message>
        <source>✎ Edit contacts</source>
        <translation>✎ Kontakte bearbeiten</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Auftragskontakt</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Rechtliche Firmenanschrift</translation>
    </message>
    <message>
        <source>✔ confirmed by the customer</source>
        <translation>✔ vom Kunden bestätigt</translation>
    </message>
    <message>
        <source>not confirmed by the customer yet</source>
        <translation>noch nicht vom Kunden bestätigt</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Entgelte</translation>
    </message>
    <message>
        <source>No fees yet.</source>
        <translation>Noch keine Entgelte.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Summen je Währung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Monthly fees are per month from activation; one-off fees are charged once. Currencies are not converted.</source>
        <translation>Monatliche Entgelte gelten pro Monat ab Aktivierung; einmalige Entgelte werden einmal berechnet. Währungen werden nicht umgerechnet.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1: the presentation number is not valid: %2</source>
        <translation>%1: Die angezeigte Rufnummer ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1: the presentation number is not stored in international form; retype it.</source>
        <translation>%1: Die angezeigte Rufnummer ist nicht im internationalen Format gespeichert; bitte neu eingeben.</translation>
    </message>
    <message>
        <source>%1: the call forwarding number is not valid: %2</source>
        <translation>%1: Die Zielrufnummer der Anrufweiterleitung ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1: the call forwarding number is not stored in international form; retype it.</source>
        <translation>%1: Die Zielrufnummer der Anrufweiterleitung ist nicht im internationalen Format gespeichert; bitte neu eingeben.</translation>
    </message>
    <message>
        <source>%1: enter the %2.</source>
        <translation>%1: Bitte %2 eingeben.</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Enter the e-mail address of %1.</source>
        <translation>%1: Bitte die E-Mail-Adresse eingeben.</translation>
    </message>
    <message>
        <source>The e-mail address of %1 is not valid: check it (name@company.com).</source>
        <translation>%1: Die E-Mail-Adresse ist ungültig; bitte prüfen (name@firma.de).</translation>
    </message>
    <message>
        <source>Enter the phone number of %1.</source>
        <translation>%1: Bitte die Telefonnummer eingeben.</translation>
    </message>
    <message>
        <source>The phone number of %1 is not valid: %2</source>
        <translation>%1: Die Telefonnummer ist ungültig: %2</translation>
    </message>
    <message>
        <source>The phone number of %1 is not stored in international form; retype it.</source>
        <translation>%1: Die Telefonnummer ist nicht im internationalen Format gespeichert; bitte neu eingeben.</translation>
    </message>
    <message>
        <source>Enter the name of %1.</source>
        <translation>%1: Bitte den Namen eingeben.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s OCN (customer number).</source>
        <translation>Geben Sie die OCN (Kundennummer) des Kunden ein.</translation>
    </message>
    <message>
        <source>The OCN has 4 to 12 digits and nothing else: check it.</source>
        <translation>Die OCN besteht aus 4 bis 12 Ziffern und sonst nichts: Bitte prüfen.</translation>
    </message>
    <message>
        <source>the customer account (the address on that OCN)</source>
        <translation>Kundenkonto (zur OCN hinterlegte Adresse)</translation>
    </message>
    <message>
        <source>The customer is not verified yet: the OCN and e-mail address are checked with the carrier before the order is sent.</source>
        <translation>Der Kunde ist noch nicht bestätigt: OCN und E-Mail-Adresse werden vor dem Senden des Auftrags beim Netzbetreiber geprüft.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s online account id.</source>
        <translation>Geben Sie die Online-Konto-ID des Kunden ein.</translation>
    </message>
    <message>
        <source>The online account is not verified yet: it is checked with the carrier before the order is sent.</source>
        <translation>Das Online-Konto ist noch nicht bestätigt: Es wird vor dem Senden des Auftrags beim Netzbetreiber geprüft.</translation>
    </message>
    <message>
        <source>Enter the prospect&apos;s company name.</source>
        <translation>Geben Sie den Firmennamen des Interessenten ein.</translation>
    </message>
    <message>
        <source>Legal address of the prospect</source>
        <translation>Rechtliche Anschrift des Interessenten</translation>
    </message>
    <message>
        <source>the prospect&apos;s contact</source>
        <translation>Ansprechpartner des Interessenten</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s Microsoft tenant ID (a GUID, from the Microsoft Entra admin center).</source>
        <translation>Geben Sie die Microsoft-Mandanten-ID des Kunden ein (eine GUID aus dem Microsoft Entra Admin Center).</translation>
    </message>
    <message>
        <source>The tenant ID is not a GUID: it looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Paste it again from the Microsoft Entra admin center.</source>
        <translation>Die Mandanten-ID ist keine GUID: Sie hat die Form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Fügen Sie sie erneut aus dem Microsoft Entra Admin Center ein.</translation>
    </message>
    <message>
        <source>The tenant ID is all zeros, a placeholder and no tenant: paste the real one from the Microsoft Entra admin center.</source>
        <translation>Die Mandanten-ID besteht nur aus Nullen, ein Platzhalter und kein Mandant: Fügen Sie die echte aus dem Microsoft Entra Admin Center ein.</translation>
    </message>
    <message>
        <source>Choose at least one country.</source>
        <translation>Wählen Sie mindestens ein Land.</translation>
    </message>
    <message>
        <source>%1 is not a country of the catalog: remove it.</source>
        <translation>%1 ist kein Land des Katalogs: Bitte entfernen.</translation>
    </message>
    <message>
        <source>%1: the country is in the order twice; remove one.</source>
        <translation>%1: Das Land ist zweimal im Auftrag; entfernen Sie eines.</translation>
    </message>
    <message>
        <source>Choose at least one voice plan for %1.</source>
        <translation>Wählen Sie mindestens einen Sprachtarif in %1.</translation>
    </message>
    <message>
        <source>The voice plan &quot;%1&quot; is not offered in %2: choose another.</source>
        <translation>Der Sprachtarif „%1“ wird in %2 nicht angeboten: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>%1 is chosen twice for %2: add the users to one line.</source>
        <translation>%1 ist in %2 zweimal gewählt: Fassen Sie die Benutzer in einer Zeile zusammen.</translation>
    </message>
    <message>
        <source>%1 in %2: enter how many users (at least 1), or remove the plan.</source>
        <translation>%1 in %2: Geben Sie die Anzahl der Benutzer ein (mindestens 1) oder entfernen Sie den Tarif.</translation>
    </message>
    <message>
        <source>Choose the OCN (customer number) for %1.</source>
        <translation>Wählen Sie die OCN (Kundennummer) in %1.</translation>
    </message>
    <message>
        <source>Choose the BCN (billing account) for %1.</source>
        <translation>Wählen Sie die BCN (Abrechnungskonto) in %1.</translation>
    </message>
    <message>
        <source>%1: choose how the numbers reach Teams today (Calling Plan, Direct Routing or another Operator Connect operator).</source>
        <translation>%1: Wählen Sie, wie die Rufnummern heute in Teams eingebunden sind (Calling Plan, Direct Routing oder anderer Operator-Connect-Anbieter).</translation>
    </message>
    <message>
        <source>%1: enter the carrier the numbers come from.</source>
        <translation>%1: Geben Sie den abgebenden Anbieter der Rufnummern ein.</translation>
    </message>
    <message>
        <source>%1: enter the account holder&apos;s name exactly as the current carrier knows it.</source>
        <translation>%1: Geben Sie den Namen des Anschlussinhabers genau so ein, wie der aktuelle Anbieter ihn kennt.</translation>
    </message>
    <message>
        <source>%1, account holder&apos;s address</source>
        <translation>%1, Adresse des Anschlussinhabers</translation>
    </message>
    <message>
        <source>%1: enter the numbers to keep (single numbers or DDI ranges).</source>
        <translation>%1: Geben Sie die zu behaltenden Rufnummern ein (Einzelrufnummern oder Rufnummernblöcke).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number or a range: correct or remove it.</source>
        <translation>%1: „%2“ ist weder eine Rufnummer noch ein Block: Korrigieren oder entfernen Sie den Eintrag.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 is not stored in international form; correct or re-enter it.</source>
        <translation>%1: %2 ist nicht im internationalen Format gespeichert; korrigieren oder neu eingeben.</translation>
    </message>
    <message>
        <source>%1: end of range %2: %3</source>
        <translation>%1: Ende des Blocks %2: %3</translation>
    </message>
    <message>
        <source>%1: the end of range %2 is not stored in international form; correct or re-enter it.</source>
        <translation>%1: Das Ende des Blocks %2 ist nicht im internationalen Format gespeichert; korrigieren oder neu eingeben.</translation>
    </message>
    <message>
        <source>%1: the range %2 must run from the lower to the higher number, both of the same length.</source>
        <translation>%1: Der Block %2 muss von der niedrigeren zur höheren Rufnummer reichen, beide gleich lang.</translation>
    </message>
    <message>
        <source>%1: %2 overlaps entry %3 (%4): list each number once.</source>
        <translation>%1: %2 überschneidet sich mit Eintrag %3 (%4): Führen Sie jede Rufnummer nur einmal auf.</translation>
    </message>
    <message>
        <source>%1: the area code %2 belongs to %3, not to %4 where the account holder is; %5</source>
        <translation>%1: Die Vorwahl %2 gehört zu %3, nicht zu %4, wo der Anschlussinhaber sitzt; %5</translation>
    </message>
    <message>
        <source>numbers can only be kept at an address in their area.</source>
        <translation>Rufnummern können nur an einer Adresse in ihrem Ortsnetz behalten werden.</translation>
    </message>
    <message>
        <source>the carrier may refuse the port.</source>
        <translation>die Portierung kann abgelehnt werden.</translation>
    </message>
    <message>
        <source>%1: enter the main billing number of the account.</source>
        <translation>%1: Geben Sie die Hauptrufnummer des Kontos ein.</translation>
    </message>
    <message>
        <source>%1: the main billing number is not valid: %2</source>
        <translation>%1: Die Hauptrufnummer ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1: the main billing number is not stored in international form; re-enter it.</source>
        <translation>%1: Die Hauptrufnummer ist nicht im internationalen Format gespeichert; bitte neu eingeben.</translation>
    </message>
    <message>
        <source>%1: choose the port date; the earliest possible is %2.</source>
        <translation>%1: Wählen Sie das Portierungsdatum; frühestmöglich ist der %2.</translation>
    </message>
    <message>
        <source>%1: the port date is too early: a port in %2 needs %3 working days, so the earliest is %4.</source>
        <translation>%1: Das Portierungsdatum ist zu früh: Eine Portierung in %2 braucht %3 Werktage, frühestmöglich ist also der %4.</translation>
    </message>
    <message>
        <source>%1: numbers are ported on working days; %2 is a weekend or public holiday: choose a working day.</source>
        <translation>%1: Rufnummern werden an Werktagen portiert; %2 ist ein Wochenende oder Feiertag: Wählen Sie einen Werktag.</translation>
    </message>
    <message>
        <source>%1: the porting form is valid for %2 months after it is signed, and %3 is later than that from today: choose an earlier date, or have the form signed closer to the port.</source>
        <translation>%1: Das Portierungsformular gilt %2 Monate ab Unterschrift, und %3 liegt weiter in der Zukunft: Wählen Sie ein früheres Datum oder lassen Sie das Formular näher am Portierungstermin unterschreiben.</translation>
    </message>
    <message>
        <source>%1: the catalog has no public holidays of %2, so the port date was checked against weekends only: make sure %3 is a working day in %4, or update the catalog.</source>
        <translation>%1: Der Katalog enthält keine Feiertage für %2, daher wurde das Portierungsdatum nur gegen Wochenenden geprüft: Stellen Sie sicher, dass %3 in %4 ein Werktag ist, oder aktualisieren Sie den Katalog.</translation>
    </message>
    <message>
        <source>%1: the %2 is not valid: check it.</source>
        <translation>%1: %2 ist ungültig: Bitte prüfen.</translation>
    </message>
    <message>
        <source>%1: the %2 is not valid: %3</source>
        <translation>%1: %2 ist ungültig: %3</translation>
    </message>
    <message>
        <source>%1: add an office to get new numbers, or keep existing numbers.</source>
        <translation>%1: Fügen Sie einen Standort hinzu, um neue Rufnummern zu erhalten, oder behalten Sie bestehende Rufnummern.</translation>
    </message>
    <message>
        <source>%1: at most %2 offices per country; this order has %3. Remove %4.</source>
        <translation>%1: höchstens %2 Standorte pro Land; dieser Auftrag hat %3. Entfernen Sie %4 davon.</translation>
    </message>
    <message>
        <source>%1 keeps its existing numbers; remove its offices for new numbers or turn porting off.</source>
        <translation>In %1 werden bestehende Rufnummern behalten; entfernen Sie die Standorte für neue Rufnummern oder schalten Sie die Portierung aus.</translation>
    </message>
    <message>
        <source>%1, office %2</source>
        <translation>%1, Standort %2</translation>
    </message>
    <message>
        <source>%1: the address is in %2, but numbers of %3 need an address in %3.</source>
        <translation>%1: Die Adresse liegt in %2, aber Rufnummern aus %3 brauchen eine Adresse in %3.</translation>
    </message>
    <message>
        <source>%1: the address service could not confirm this address: correct it and validate again.</source>
        <translation>%1: Der Adressdienst konnte diese Adresse nicht bestätigen: Korrigieren Sie sie und validieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1: the address is not validated yet: its validation waits for the address service, and the order cannot be sent until it is validated.</source>
        <translation>%1: Die Adresse ist noch nicht validiert: Ihre Validierung wartet auf den Adressdienst, und der Auftrag kann erst nach der Validierung gesendet werden.</translation>
    </message>
    <message>
        <source>%1: the address is not validated: press Validate once it is complete.</source>
        <translation>%1: Die Adresse ist nicht validiert: Wählen Sie „Adresse validieren“, sobald sie vollständig ist.</translation>
    </message>
    <message>
        <source>%1: the validated address has no id or geocode: validate it again.</source>
        <translation>%1: Die validierte Adresse hat keine ID oder Geokoordinaten: Validieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: reserve at least one number.</source>
        <translation>%1: Reservieren Sie mindestens eine Rufnummer.</translation>
    </message>
    <message>
        <source>%1: at most %2 numbers per office; add another office for more.</source>
        <translation>%1: höchstens %2 Rufnummern pro Standort; fügen Sie für mehr einen weiteren Standort hinzu.</translation>
    </message>
    <message>
        <source>%1: the numbers for users cannot be negative.</source>
        <translation>%1: Die Rufnummern für Benutzer dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1: the numbers for resource accounts cannot be negative.</source>
        <translation>%1: Die Rufnummern für Ressourcenkonten dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1: numbers for users (%2) and for resource accounts (%3) must add up to the office&apos;s %4 numbers.</source>
        <translation>%1: Rufnummern für Benutzer (%2) und für Ressourcenkonten (%3) müssen zusammen die %4 Rufnummern des Standorts ergeben.</translation>
    </message>
    <message>
        <source>%1: choose an area code of %2; in %3 numbers must belong to the office&apos;s locality.</source>
        <translation>%1: Wählen Sie eine Vorwahl für %2; in %3 müssen Rufnummern zum Ort des Standorts gehören.</translation>
    </message>
    <message>
        <source>the office&apos;s city</source>
        <translation>den Ort des Standorts</translation>
    </message>
    <message>
        <source>%1: %2 is not an area code of %3: choose an area code of %4.</source>
        <translation>%1: %2 ist keine Vorwahl von %3: Wählen Sie eine Vorwahl von %4.</translation>
    </message>
    <message>
        <source>%1: the area code %2 belongs to %3, not to %4: choose an area code of %4.</source>
        <translation>%1: Die Vorwahl %2 gehört zu %3, nicht zu %4: Wählen Sie eine Vorwahl von %4.</translation>
    </message>
    <message>
        <source>%1: the area code %2 could not be confirmed for %3 offline; check that it belongs to the office&apos;s locality.</source>
        <translation>%1: Die Vorwahl %2 konnte offline nicht für %3 bestätigt werden; prüfen Sie, ob sie zum Ort des Standorts gehört.</translation>
    </message>
    <message>
        <source>%1: numbers were reserved for an address that is not validated: validate the address and reserve again.</source>
        <translation>%1: Rufnummern wurden für eine nicht validierte Adresse reserviert: Validieren Sie die Adresse und reservieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved yet: the reservation waits for the number service, and the order cannot be sent until they are reserved.</source>
        <translation>%1: Die Rufnummern sind noch nicht reserviert: Die Reservierung wartet auf den Rufnummerndienst, und der Auftrag kann erst nach der Reservierung gesendet werden.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved: press Reserve.</source>
        <translation>%1: Die Rufnummern sind nicht reserviert: Wählen Sie „Rufnummern reservieren“.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved: validate the address, then press Reserve.</source>
        <translation>%1: Die Rufnummern sind nicht reserviert: Validieren Sie die Adresse und wählen Sie dann „Rufnummern reservieren“.</translation>
    </message>
    <message>
        <source>%1: %2 numbers are reserved but the office needs %3: reserve again.</source>
        <translation>%1: %2 Rufnummern sind reserviert, der Standort braucht aber %3: Reservieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1: the reserved number %2 is not a number of %3: reserve again.</source>
        <translation>%1: Die reservierte Rufnummer %2 ist keine Rufnummer aus %3: Reservieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1: the reserved number %2 is not in the area code %3 chosen for the office: reserve again.</source>
        <translation>%1: Die reservierte Rufnummer %2 hat nicht die für den Standort gewählte Vorwahl %3: Reservieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1: %2 numbers for users, but the voice plans cover %3 users: order more users or reserve fewer user numbers.</source>
        <translation>%1: %2 Rufnummern für Benutzer, aber die Sprachtarife decken %3 Benutzer ab: Bestellen Sie mehr Benutzer oder reservieren Sie weniger Benutzerrufnummern.</translation>
    </message>
    <message>
        <source>%1: %2 is not offered in %3; choose CLIP screening.</source>
        <translation>%1: %2 wird in %3 nicht angeboten; wählen Sie CLIP-Screening.</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP no Screening</translation>
    </message>
    <message>
        <source>a presentation number</source>
        <translation>Eine angezeigte Rufnummer</translation>
    </message>
    <message>
        <source>%1: enter the presentation number, a number of %2 that the customer holds.</source>
        <translation>%1: Geben Sie die angezeigte Rufnummer ein, eine Rufnummer aus %2, die der Kunde besitzt.</translation>
    </message>
    <message>
        <source>%1: enter the number calls are forwarded to, or turn call forwarding off.</source>
        <translation>%1: Geben Sie die Zielrufnummer der Anrufweiterleitung ein oder schalten Sie die Anrufweiterleitung aus.</translation>
    </message>
    <message>
        <source>%1: the number of auto attendants cannot be negative.</source>
        <translation>%1: Die Anzahl der automatischen Telefonzentralen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1: the number of call queues cannot be negative.</source>
        <translation>%1: Die Anzahl der Anrufwarteschleifen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1: %2 auto attendants and call queues need as many numbers for resource accounts; %3 are planned: plan more numbers for resource accounts, or fewer auto attendants and call queues.</source>
        <translation>%1: %2 automatische Telefonzentralen und Anrufwarteschleifen brauchen ebenso viele Rufnummern für Ressourcenkonten; geplant sind %3: Planen Sie mehr Rufnummern für Ressourcenkonten oder weniger automatische Telefonzentralen und Anrufwarteschleifen.</translation>
    </message>
    <message>
        <source>the order contact</source>
        <translation>Auftragskontakt</translation>
    </message>
    <message>
        <source>the technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Rechtliche Firmenanschrift</translation>
    </message>
    <message>
        <source>Confirm the legal company address with the customer.</source>
        <translation>Bestätigen Sie die rechtliche Firmenanschrift mit dem Kunden.</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs the contract.</source>
        <translation>Geben Sie den Namen der Person ein, die den Vertrag unterschreibt.</translation>
    </message>
    <message>
        <source>the signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Enter the signatory&apos;s job title.</source>
        <translation>Geben Sie die Funktion des Unterzeichners ein.</translation>
    </message>
    <message>
        <source>Confirm that the signatory may sign for the company.</source>
        <translation>Bestätigen Sie, dass der Unterzeichner für die Firma unterschreiben darf.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>1. Customer</source>
        <translation>1. Kunde</translation>
    </message>
    <message>
        <source>2. Voice plans</source>
        <translation>2. Sprachtarife</translation>
    </message>
    <message>
        <source>3. Keep existing numbers</source>
        <translation>3. Rufnummern behalten</translation>
    </message>
    <message>
        <source>4. Offices and numbers</source>
        <translation>4. Standorte und Rufnummern</translation>
    </message>
    <message>
        <source>5. Contacts</source>
        <translation>5. Kontakte</translation>
    </message>
    <message>
        <source>6. Recap</source>
        <translation>6. Zusammenfassung</translation>
    </message>
    <message>
        <source>7. Submission</source>
        <translation>7. Übermittlung</translation>
    </message>
</context>
<context>
    <name>od::AddressForm</name>
    <message>
        <source>Co&amp;mpany name</source>
        <translation>&amp;Firmenname</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>S&amp;traße</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>Hausnr.</translation>
    </message>
    <message>
        <source>Suffi&amp;x</source>
        <translation>Z&amp;usatz</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>State / pro&amp;vince</source>
        <translation>Bundesland / Pro&amp;vinz</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>La&amp;nd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>field of an address (whose)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>od::Autosave</name>
    <message>
        <source>The drafts are not open.</source>
        <translation>Die Entwürfe sind nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>od::CatalogText</name>
    <message>
        <source>Austria</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Teams Calling Essentials</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling Essentials</translation>
    </message>
    <message>
        <source>Pay as you go: a number and inbound calls for every user, outbound calls billed per minute. Suits users who mostly receive calls.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Nutzungsabhängig: eine Rufnummer und eingehende Anrufe für jeden Benutzer, abgehende Anrufe werden pro Minute abgerechnet. Geeignet für Benutzer, die vor allem angerufen werden.</translation>
    </message>
    <message>
        <source>Unlimited inbound calls</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte eingehende Anrufe</translation>
    </message>
    <message>
        <source>Outbound calls billed per minute</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Abgehende Anrufe pro Minute abgerechnet</translation>
    </message>
    <message>
        <source>A number in Austria for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer in Österreich für jeden Benutzer</translation>
    </message>
    <message>
        <source>Teams Calling National</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling National</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Austria. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Österreich. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Austria</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Österreich</translation>
    </message>
    <message>
        <source>Teams Calling Europe</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling Europe</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles across the EU/EEA, Switzerland and the United Kingdom. For teams that work across borders.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in der gesamten EU und im EWR, in der Schweiz und im Vereinigten Königreich. Für Teams, die grenzüberschreitend arbeiten.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the EU/EEA, Switzerland and the UK</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in der EU und im EWR, in der Schweiz und im Vereinigten Königreich</translation>
    </message>
    <message>
        <source>One order form per number; the address must lie in the number&apos;s area.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Ein Portierungsformular pro Rufnummer; die Adresse muss im Ortsnetz der Rufnummer liegen.</translation>
    </message>
    <message>
        <source>Belgium</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>A number in Belgium for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer in Belgien für jeden Benutzer</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Belgium. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Belgien. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Belgium</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Belgien</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>A number in Switzerland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer in der Schweiz für jeden Benutzer</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Switzerland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in der Schweiz. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Switzerland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in der Schweiz</translation>
    </message>
    <message>
        <source>Teams Calling International</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling International</translation>
    </message>
    <message>
        <source>Everything in Europe plus 600 minutes a month to landlines in 50 countries outside Europe, pooled across the plan&apos;s users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Alles aus Teams Calling Europe plus 600 Minuten pro Monat ins Festnetz von 50 Ländern außerhalb Europas, gemeinsam nutzbar für alle Benutzer des Tarifs.</translation>
    </message>
    <message>
        <source>Everything in Teams Calling Europe</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Alle Leistungen von Teams Calling Europe</translation>
    </message>
    <message>
        <source>600 international minutes per user, pooled</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>600 Auslandsminuten pro Benutzer, gemeinsam nutzbar</translation>
    </message>
    <message>
        <source>The losing carrier must confirm the port within 2 working days.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Der abgebende Anbieter muss die Portierung innerhalb von 2 Werktagen bestätigen.</translation>
    </message>
    <message>
        <source>Germany</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>A number in Germany for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer in Deutschland für jeden Benutzer</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Germany. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Deutschland. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Germany</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Deutschland</translation>
    </message>
    <message>
        <source>Fill in one form per number or DDI range; the form needs the company stamp and a signature. The numbers must lie in the office&apos;s local area.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Füllen Sie ein Formular pro Rufnummer oder Rufnummernblock aus; das Formular braucht den Firmenstempel und eine Unterschrift. Die Rufnummern müssen im Ortsnetz des Standorts liegen.</translation>
    </message>
    <message>
        <source>Denmark</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>A number in Denmark for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer in Dänemark für jeden Benutzer</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Denmark. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Dänemark. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Denmark</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Dänemark</translation>
    </message>
    <message>
        <source>Spain</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>A number in Spain for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer in Spanien für jeden Benutzer</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Spain. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Spanien. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Spain</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Spanien</translation>
    </message>
    <message>
        <source>NIF/CIF</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>NIF/CIF</translation>
    </message>
    <message>
        <source>The NIF, CIF or NIE of the holder of the numbers, exactly as the current operator has it, e.g. B12345674.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>NIF, CIF oder NIE des Anschlussinhabers, genau wie beim aktuellen Anbieter hinterlegt, z. B. B12345674.</translation>
    </message>
    <message>
        <source>Line access type</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Anschlussart</translation>
    </message>
    <message>
        <source>How the numbers are connected today: RTB (analogue), RDSI-BA (ISDN basic), RDSI-PRI (ISDN primary) or VOIP.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Wie die Rufnummern heute angeschlossen sind: RTB (analog), RDSI-BA (ISDN-Basisanschluss), RDSI-PRI (ISDN-Primärmultiplexanschluss) oder VOIP.</translation>
    </message>
    <message>
        <source>Finland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>A number in Finland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer in Finnland für jeden Benutzer</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Finland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Finnland. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Finland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Finnland</translation>
    </message>
    <message>
        <source>France</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>A number in France for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer in Frankreich für jeden Benutzer</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in France. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Frankreich. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in France</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Frankreich</translation>
    </message>
    <message>
        <source>The form needs the company stamp and is valid for 3 months after signature.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Das Formular braucht den Firmenstempel und ist nach der Unterschrift 3 Monate gültig.</translation>
    </message>
    <message>
        <source>SIRET</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>The 14-digit SIRET of the establishment that holds the numbers (SIREN + NIC), without spaces.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Die 14-stellige SIRET der Niederlassung, der die Rufnummern gehören (SIREN + NIC), ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>RIO code</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>RIO-Code</translation>
    </message>
    <message>
        <source>The 12-character RIO (relevé d&apos;identité opérateur): call 3179 from the line to get it.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Der 12-stellige RIO (relevé d&apos;identité opérateur): Rufen Sie vom betreffenden Anschluss aus die 3179 an, um ihn zu erhalten.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>A number in the United Kingdom for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer im Vereinigten Königreich für jeden Benutzer</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the United Kingdom. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen im Vereinigten Königreich. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the United Kingdom</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen im Vereinigten Königreich</translation>
    </message>
    <message>
        <source>A port outside office hours costs £220. The lead time grows with the number of numbers and DDI ranges.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Eine Portierung außerhalb der Geschäftszeiten kostet 220 £. Die Vorlaufzeit steigt mit der Anzahl der Rufnummern und Rufnummernblöcke.</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Postleitzahl des Standorts</translation>
    </message>
    <message>
        <source>The postcode of the site where the numbers are used, e.g. SW1A 1AA.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Die Postleitzahl des Standorts, an dem die Rufnummern genutzt werden, z. B. SW1A 1AA.</translation>
    </message>
    <message>
        <source>Ireland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Irland</translation>
    </message>
    <message>
        <source>A number in Ireland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer in Irland für jeden Benutzer</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Ireland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Irland. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Ireland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Irland</translation>
    </message>
    <message>
        <source>Italy</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Italien</translation>
    </message>
    <message>
        <source>A number in Italy for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer in Italien für jeden Benutzer</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Italy. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Italien. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Italy</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Italien</translation>
    </message>
    <message>
        <source>The migration code comes from the current operator, usually printed on the invoice.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Den Migrationscode vergibt der aktuelle Anbieter; er steht meist auf der Rechnung.</translation>
    </message>
    <message>
        <source>Migration code</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Migrationscode</translation>
    </message>
    <message>
        <source>The codice di migrazione printed on the current operator&apos;s invoice (12 to 19 letters and digits).</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Der Codice di migrazione auf der Rechnung des aktuellen Anbieters (12 bis 19 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>Representative&apos;s codice fiscale</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Codice fiscale des gesetzlichen Vertreters</translation>
    </message>
    <message>
        <source>The 16-character codice fiscale of the company&apos;s legal representative, e.g. RSSMRA85T10A562S.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Der 16-stellige Codice fiscale des gesetzlichen Vertreters des Unternehmens, z. B. RSSMRA85T10A562S.</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>The company&apos;s 11-digit VAT number (partita IVA), without the IT prefix.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Die 11-stellige Umsatzsteuer-Identifikationsnummer (Partita IVA) des Unternehmens, ohne das Präfix IT.</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>A number in the Netherlands for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer in den Niederlanden für jeden Benutzer</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the Netherlands. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in den Niederlanden. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the Netherlands</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in den Niederlanden</translation>
    </message>
    <message>
        <source>The departing operator sets the first possible port date; the requested date is a wish.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Der abgebende Anbieter legt das frühestmögliche Portierungsdatum fest; der Wunschtermin ist unverbindlich.</translation>
    </message>
    <message>
        <source>Portugal</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>A number in Portugal for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer in Portugal für jeden Benutzer</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Portugal. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Portugal. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Portugal</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Portugal</translation>
    </message>
    <message>
        <source>Sweden</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>A number in Sweden for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Eine Rufnummer in Schweden für jeden Benutzer</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Sweden. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Schweden. Der Tarif für die meisten Benutzer im Büro.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Sweden</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Unbegrenzte Anrufe zu Festnetz- und Mobilfunkanschlüssen in Schweden</translation>
    </message>
    <message>
        <source>Subscriber ID</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Teilnehmer-ID</translation>
    </message>
    <message>
        <source>The 12-digit subscriber ID from the current operator; pad with leading zeros to 12 digits.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Die 12-stellige Teilnehmer-ID des aktuellen Anbieters; mit führenden Nullen auf 12 Stellen auffüllen.</translation>
    </message>
    <message>
        <source>Austria</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Belgium</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>der Schweiz</translation>
    </message>
    <message>
        <source>Germany</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Denmark</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Spain</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Finland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>France</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>the United Kingdom</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>dem Vereinigten Königreich</translation>
    </message>
    <message>
        <source>Ireland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Italy</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Italien</translation>
    </message>
    <message>
        <source>the Netherlands</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>den Niederlanden</translation>
    </message>
    <message>
        <source>Portugal</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Sweden</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Schweden</translation>
    </message>
</context>
<context>
    <name>od::ContactsPage</name>
    <message>
        <source>Who the carrier talks to about the order, and the legal company address.</source>
        <translation>Mit wem der Netzbetreiber zum Auftrag spricht, und die rechtliche Firmenanschrift.</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Auftragskontakt</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Rechtliche Firmenanschrift</translation>
    </message>
    <message>
        <source>The customer confirmed the le&amp;gal address</source>
        <translation>Kunde hat die rechtliche Anschrift &amp;bestätigt</translation>
    </message>
    <message>
        <source>The customer confirmed the legal address</source>
        <translation>Kunde hat die rechtliche Anschrift bestätigt</translation>
    </message>
    <message>
        <source>Read the address back to the customer and tick when they confirm it. Changing the address clears the tick.</source>
        <translation>Lesen Sie dem Kunden die Adresse vor und setzen Sie den Haken, wenn er sie bestätigt. Eine Adressänderung entfernt den Haken.</translation>
    </message>
    <message>
        <source>Same as or&amp;der contact</source>
        <translation>Wie &amp;Auftragskontakt</translation>
    </message>
    <message>
        <source>Same as order contact</source>
        <translation>Wie Auftragskontakt</translation>
    </message>
    <message>
        <source>Copies the order contact&apos;s name, e-mail, phone and job title into the technical contact</source>
        <translation>Übernimmt Name, E-Mail-Adresse, Telefonnummer und Funktion des Auftragskontakts in den technischen Kontakt</translation>
    </message>
    <message>
        <source>%1: full name</source>
        <translation>%1: vollständiger Name</translation>
    </message>
    <message>
        <source>F&amp;ull name</source>
        <translation>Vollständi&amp;ger Name</translation>
    </message>
    <message>
        <source>Full n&amp;ame</source>
        <translation>Vollständiger Na&amp;me</translation>
    </message>
    <message>
        <source>%1: e-mail address</source>
        <translation>%1: E-Mail-Adresse</translation>
    </message>
    <message>
        <source>E-mail add&amp;ress</source>
        <translation>E-Mail-Ad&amp;resse</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1: phone number</source>
        <translation>%1: Telefonnummer</translation>
    </message>
    <message>
        <source>National form of the order&apos;s first country, or international form with +</source>
        <translation>Nationales Format des ersten Landes des Auftrags oder internationales Format mit +</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Ph&amp;one number</source>
        <translation>Te&amp;lefonnummer</translation>
    </message>
    <message>
        <source>%1: job title</source>
        <translation>%1: Funktion</translation>
    </message>
    <message>
        <source>Job tit&amp;le</source>
        <translation>Fun&amp;ktion</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>Funkt&amp;ion</translation>
    </message>
</context>
<context>
    <name>od::CustomerPage</name>
    <message>
        <source>Who orders: the carrier&apos;s customer (OCN and the account e-mail), an online account, or a company that is not a customer yet; and the Microsoft tenant.</source>
        <translation>Wer bestellt: der Kunde des Netzbetreibers (OCN und Konto-E-Mail-Adresse), ein Online-Konto oder eine Firma, die noch nicht Kunde ist; dazu der Microsoft-Mandant.</translation>
    </message>
    <message>
        <source>How is the customer identified?</source>
        <translation>Wie wird der Kunde identifiziert?</translation>
    </message>
    <message>
        <source>&amp;Existing customer (OCN and e-mail)</source>
        <translation>&amp;Bestandskunde (OCN und E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>Existing customer, identified by OCN and e-mail</source>
        <translation>Bestandskunde, identifiziert über OCN und E-Mail-Adresse</translation>
    </message>
    <message>
        <source>On&amp;line account</source>
        <translation>On&amp;line-Konto</translation>
    </message>
    <message>
        <source>Existing customer, identified by online account</source>
        <translation>Bestandskunde, identifiziert über Online-Konto</translation>
    </message>
    <message>
        <source>Not yet a &amp;customer</source>
        <translation>Noch kein &amp;Kunde</translation>
    </message>
    <message>
        <source>Not yet a customer: prospect order</source>
        <translation>Noch kein Kunde: Interessentenauftrag</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Company n&amp;ame</source>
        <translation>&amp;Firmenname</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
        <source>&amp;OCN (customer number)</source>
        <translation>&amp;OCN (Kundennummer)</translation>
    </message>
    <message>
        <source>the e-mail address registered on that OCN</source>
        <translation>die E-Mail-Adresse, die zu dieser OCN hinterlegt ist</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>Konto-E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The e-mail address registered on the OCN</source>
        <translation>Die zur OCN hinterlegte E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Account e-&amp;mail</source>
        <translation>Konto-E-&amp;Mail-Adresse</translation>
    </message>
    <message>
        <source>Online account id</source>
        <translation>Online-Konto-ID</translation>
    </message>
    <message>
        <source>Online account &amp;id</source>
        <translation>Online-Konto-&amp;ID</translation>
    </message>
    <message>
        <source>Legal address of the company</source>
        <translation>Rechtliche Anschrift der Firma</translation>
    </message>
    <message>
        <source>Contact at the company</source>
        <translation>Ansprechpartner in der Firma</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Name des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact na&amp;me</source>
        <translation>N&amp;ame des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact e-mail address</source>
        <translation>E-Mail-Adresse des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact e-mail add&amp;ress</source>
        <translation>E-Mail-Ad&amp;resse des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Telefonnummer des Ansprechpartners</translation>
    </message>
    <message>
        <source>National form of the address&apos;s country, or international form with +</source>
        <translation>Nationales Format des Landes der Adresse oder internationales Format mit +</translation>
    </message>
    <message>
        <source>Contact ph&amp;one</source>
        <translation>T&amp;elefon des Ansprechpartners</translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>Microsoft tenant ID</source>
        <translation>Microsoft-Mandanten-ID</translation>
    </message>
    <message>
        <source>A GUID from the Microsoft Entra admin center. Pasted links, braces, spaces and urn:uuid: are removed.</source>
        <translation>Eine GUID aus dem Microsoft Entra Admin Center. Eingefügte Links, Klammern, Leerzeichen und urn:uuid: werden entfernt.</translation>
    </message>
    <message>
        <source>Paste it as it comes: a link, braces, spaces or &quot;urn:uuid:&quot; are removed and only the ID is kept.</source>
        <translation>Fügen Sie sie ein, wie sie vorliegt: Links, Klammern, Leerzeichen oder „urn:uuid:“ werden entfernt, nur die ID bleibt erhalten.</translation>
    </message>
    <message>
        <source>Microsoft tenant I&amp;D</source>
        <translation>&amp;Microsoft-Mandanten-ID</translation>
    </message>
    <message>
        <source>required: the company&apos;s registered name</source>
        <translation>Pflichtfeld: eingetragener Firmenname</translation>
    </message>
    <message>
        <source>as the customer writes it; names the order</source>
        <translation>wie vom Kunden geschrieben; benennt den Auftrag</translation>
    </message>
    <message>
        <source>Required for a new customer</source>
        <translation>Pflichtfeld für Neukunden</translation>
    </message>
    <message>
        <source>Optional; names the order everywhere</source>
        <translation>Optional; benennt den Auftrag überall</translation>
    </message>
    <message>
        <source>Account check: not needed. This is a prospect order; the carrier creates the customer account when it accepts the order.</source>
        <translation>Kontoprüfung: nicht erforderlich. Dies ist ein Interessentenauftrag; der Netzbetreiber legt das Kundenkonto an, wenn er den Auftrag annimmt.</translation>
    </message>
    <message>
        <source>Account check: ✔ verified by the carrier.</source>
        <translation>Kontoprüfung: ✔ vom Netzbetreiber bestätigt.</translation>
    </message>
    <message>
        <source>Account check: ℹ not verified yet. The OCN and the account e-mail are checked with the carrier&apos;s account service before the order is sent; you can go on.</source>
        <translation>Kontoprüfung: ℹ noch nicht bestätigt. OCN und Konto-E-Mail-Adresse werden vor dem Senden des Auftrags beim Kontodienst des Netzbetreibers geprüft; Sie können fortfahren.</translation>
    </message>
    <message>
        <source>Account check: ℹ not verified yet. The online account is checked with the carrier&apos;s account service before the order is sent; you can go on.</source>
        <translation>Kontoprüfung: ℹ noch nicht bestätigt. Das Online-Konto wird vor dem Senden des Auftrags beim Kontodienst des Netzbetreibers geprüft; Sie können fortfahren.</translation>
    </message>
    <message>
        <source>✔ Cleaned: only the tenant ID was kept from what was pasted.</source>
        <translation>✔ Bereinigt: Aus dem eingefügten Text wurde nur die Mandanten-ID übernommen.</translation>
    </message>
    <message>
        <source>Check the account</source>
        <translation>Konto prüfen</translation>
    </message>
    <message>
        <source>Check the account with the carrier</source>
        <translation>Konto beim Netzbetreiber prüfen</translation>
    </message>
    <message>
        <source>Asks the carrier&apos;s account service whether the e-mail address belongs to the OCN</source>
        <translation>Fragt beim Kontodienst des Netzbetreibers an, ob die E-Mail-Adresse zur OCN gehört</translation>
    </message>
    <message>
        <source>Account check: %1</source>
        <translation>Kontoprüfung: %1</translation>
    </message>
</context>
<context>
    <name>od::DocumentCommands</name>
    <message>
        <source>The product catalog cannot be used:
%1</source>
        <translation>Der Produktkatalog kann nicht verwendet werden:
%1</translation>
    </message>
    <message>
        <source>%1: the order has no country, so there is nothing to put in a document. Choose a country and its voice plans first.</source>
        <translation>%1: Der Auftrag enthält kein Land, daher gibt es nichts für ein Dokument. Wählen Sie zuerst ein Land und dessen Sprachtarife.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the draft&apos;s file, exported from Order Desk.</source>
        <translation>%1 ist ein Ordner; geben Sie die aus Order Desk exportierte Datei des Entwurfs an.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at character %3.</source>
        <translation>%1 ist kein JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>%1 is not an order: it holds JSON, but not an object.</source>
        <translation>%1 ist kein Auftrag: Die Datei enthält JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <source>%1 is not an order Order Desk can read: %2</source>
        <translation>%1 ist kein Auftrag, den Order Desk lesen kann: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the PDF to write.</source>
        <translation>%1 ist ein Ordner; geben Sie den Namen der zu schreibenden PDF-Datei an.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no country keeps its numbers, so the order needs no porting form.</source>
        <translation>%1: In keinem Land werden Rufnummern übernommen, der Auftrag braucht also kein Portierungsformular.</translation>
    </message>
    <message>
        <source>%1 is a file; porting-forms writes into a folder.</source>
        <translation>%1 ist eine Datei; porting-forms schreibt in einen Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>od::DraftBrowser</name>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>List title</source>
        <translation>Listentitel</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Entwürfe durchsuchen</translation>
    </message>
    <message>
        <source>Search customer, OCN or e-mail (Ctrl+F)</source>
        <translation>Kunde, OCN oder E-Mail suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Hinweistext</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>Hinweisaktion</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Neuer Auftrag</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Ausgewählten Entwurf öffnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected draft</source>
        <translation>Ausgewählten Entwurf duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move the selected draft to the trash</source>
        <translation>Ausgewählten Entwurf in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the selected draft from the trash</source>
        <translation>Ausgewählten Entwurf aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>&amp;Versionen…</translation>
    </message>
    <message>
        <source>Earlier versions of the selected draft</source>
        <translation>Frühere Versionen des ausgewählten Entwurfs</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the selected draft as a file</source>
        <translation>Ausgewählten Entwurf als Datei exportieren</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a draft from a file</source>
        <translation>Entwurf aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Draft list</source>
        <translation>Entwurfsliste</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Keine Entwürfe</translation>
    </message>
    <message>
        <source>Number of drafts</source>
        <translation>Anzahl der Entwürfe</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>Der Entwurf</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>%1 (order %2)</source>
        <translation>%1 (Auftrag %2)</translation>
    </message>
    <message>
        <source>Copied %1 as a new draft, %2. Reserved numbers stay with the original order.</source>
        <translation>%1 wurde als neuer Entwurf %2 kopiert. Reservierte Rufnummern bleiben beim ursprünglichen Auftrag.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash. It is kept there for %2 days.</source>
        <translation>%1 wurde in den Papierkorb verschoben und bleibt dort %2 Tage erhalten.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Restored %1 to the drafts.</source>
        <translation>%1 wurde in die Entwürfe wiederhergestellt.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Back to dr&amp;afts</source>
        <translation>&amp;Zurück zu den Entwürfen</translation>
    </message>
    <message>
        <source>Back to the drafts</source>
        <translation>Zurück zu den Entwürfen</translation>
    </message>
    <message>
        <source>The drafts cannot be listed: %1</source>
        <translation>Die Entwürfe können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No draft matches “%1”.</source>
        <translation>Kein Entwurf passt zu „%1“.</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted drafts stay here for %1 days.</source>
        <translation>Der Papierkorb ist leer. Gelöschte Entwürfe bleiben hier %1 Tage erhalten.</translation>
    </message>
    <message>
        <source>No drafts yet. Press Ctrl+N to start an order: it is saved as you type.</source>
        <translation>Noch keine Entwürfe. Mit Strg+N beginnen Sie einen Auftrag; er wird während der Eingabe gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) in the trash</source>
        <translation>
            <numerusform>%n Entwurf im Papierkorb</numerusform>
            <numerusform>%n Entwürfe im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n draft(s)</source>
        <translation>
            <numerusform>%1 von %n Entwurf</numerusform>
            <numerusform>%1 von %n Entwürfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>Entwurf exportieren</translation>
    </message>
    <message>
        <source>Order Desk orders (*.json)</source>
        <translation>Order-Desk-Aufträge (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 wurde nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Import draft</source>
        <translation>Entwurf importieren</translation>
    </message>
    <message>
        <source>Order Desk orders (*.json);;All files (*)</source>
        <translation>Order-Desk-Aufträge (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation>%1 wurde nicht importiert. %2</translation>
    </message>
    <message>
        <source>It cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>It is too large to be an order (%1 MB).</source>
        <translation>Die Datei ist zu groß für einen Auftrag (%1 MB).</translation>
    </message>
    <message>
        <source>Imported %1 as a new draft with order reference %2, because a draft of that order is already here.</source>
        <translation>%1 wurde als neuer Entwurf mit der Auftragsreferenz %2 importiert, da bereits ein Entwurf dieses Auftrags vorhanden ist.</translation>
    </message>
    <message>
        <source>Imported %1 as order %2.</source>
        <translation>%1 wurde als Auftrag %2 importiert.</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox, as it was submitted. To go back to an earlier version, open it and withdraw it from the outbox first.</source>
        <translation>%1 liegt im Postausgang, wie abgesendet. Um zu einer früheren Version zurückzukehren, öffnen Sie den Auftrag und ziehen Sie ihn zuerst aus dem Postausgang zurück.</translation>
    </message>
    <message>
        <source>Restored revision %1 of %2. The version it replaced is kept as a revision.</source>
        <translation>Version %1 von %2 wurde wiederhergestellt. Der ersetzte Stand bleibt als Version erhalten.</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox, as it was submitted, and is not moved to the trash. To delete it, open it and withdraw it from the outbox first.</source>
        <translation>%1 liegt im Postausgang, wie abgesendet, und wird nicht in den Papierkorb verschoben. Um ihn zu löschen, öffnen Sie den Auftrag und ziehen Sie ihn zuerst aus dem Postausgang zurück.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>od::DraftListModel</name>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>OCN %1</source>
        <translation>OCN %1</translation>
    </message>
    <message>
        <source>In the trash since %1</source>
        <translation>Im Papierkorb seit %1</translation>
    </message>
    <message>
        <source>(no customer yet)</source>
        <translation>(noch kein Kunde)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>the customer declined to sign</source>
        <translation>Unterschrift vom Kunden abgelehnt</translation>
    </message>
    <message>
        <source>the signature request was withdrawn</source>
        <translation>Signaturanfrage zurückgezogen</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>unterschrieben</translation>
    </message>
    <message>
        <source>waiting for the signature</source>
        <translation>wartet auf Unterschrift</translation>
    </message>
    <message>
        <source>expected to be handled on %1</source>
        <translation>voraussichtliche Bearbeitung am %1</translation>
    </message>
    <message>
        <source>⚠ %1 · needs your attention</source>
        <translation>⚠ %1 · erfordert Ihre Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>od::DraftStore</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Im Postausgang</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgesendet</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Wartet auf Unterschrift</translation>
    </message>
    <message>
        <source>Porting paperwork</source>
        <translation>Portierungsunterlagen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Voice plans</source>
        <translation>Sprachtarife</translation>
    </message>
    <message>
        <source>Keep numbers</source>
        <translation>Rufnummern behalten</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Neue Rufnummern</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <source>The draft file was missing.</source>
        <translation>Die Entwurfsdatei fehlte.</translation>
    </message>
    <message>
        <source>The draft file was damaged (%1). It was kept as %2.</source>
        <translation>Die Entwurfsdatei war beschädigt (%1). Sie wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>No usable backup was found, so the list of drafts starts empty. Ask support to look at the kept file.</source>
        <translation>Es wurde keine verwendbare Sicherung gefunden, daher beginnt die Entwurfsliste leer. Bitten Sie den Support, die aufbewahrte Datei zu prüfen.</translation>
    </message>
    <message>
        <source>The drafts were restored from the backup of %1.</source>
        <translation>Die Entwürfe wurden aus der Sicherung vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>no customer yet</source>
        <translation>noch kein Kunde</translation>
    </message>
    <message>
        <source>No draft had changed since that backup.</source>
        <translation>Seit dieser Sicherung wurde kein Entwurf geändert.</translation>
    </message>
    <message>
        <source>These drafts changed after it and are now older: %1.</source>
        <translation>Diese Entwürfe wurden danach geändert und sind jetzt auf einem älteren Stand: %1.</translation>
    </message>
    <message>
        <source>These drafts were started after it and could not be restored: %1.</source>
        <translation>Diese Entwürfe wurden danach begonnen und konnten nicht wiederhergestellt werden: %1.</translation>
    </message>
    <message>
        <source>Changes made after %1 are missing. Check these drafts: %2.</source>
        <translation>Änderungen nach %1 fehlen. Prüfen Sie diese Entwürfe: %2.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The drafts in %1 are open in another Order Desk window (process %2 on %3). Close it there, then try again.</source>
        <translation>Die Entwürfe in %1 sind in einem anderen Order-Desk-Fenster geöffnet (Prozess %2 auf %3). Schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The drafts in %1 are open in another Order Desk window. Close it there, then try again.</source>
        <translation>Die Entwürfe in %1 sind in einem anderen Order-Desk-Fenster geöffnet. Schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: the lock file cannot be written.</source>
        <translation>Der Datenordner %1 kann nicht verwendet werden: Die Sperrdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be created: %2</source>
        <translation>Die Entwurfsdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be created.</source>
        <translation>Die Entwurfsdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The draft file %1 is damaged and cannot be moved aside. Nothing was changed; ask support for help.</source>
        <translation>Die Entwurfsdatei %1 ist beschädigt und kann nicht beiseitegelegt werden. Es wurde nichts geändert; wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>The drafts in %1 were saved by a newer version of Order Desk (%2, store version %3; this version reads up to %4). Nothing was changed. Use the newer version to open them.</source>
        <translation>Die Entwürfe in %1 wurden mit einer neueren Version von Order Desk gespeichert (%2, Speicherversion %3; diese Version liest bis %4). Es wurde nichts geändert. Öffnen Sie sie mit der neueren Version.</translation>
    </message>
    <message>
        <source>%1 is a database, but not Order Desk&apos;s drafts. Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>%1 ist eine Datenbank, enthält aber keine Order-Desk-Entwürfe. Es wurde nichts geändert. Wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be opened: %2</source>
        <translation>Die Entwurfsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be used: %2</source>
        <translation>Die Entwurfsdatei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be updated to this version: %2</source>
        <translation>Die Entwurfsdatei %1 kann nicht auf diese Version aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The drafts are not open.</source>
        <translation>Die Entwürfe sind nicht geöffnet.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>Der Entwurf existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The order %1 cannot be saved over the draft of order %2.</source>
        <translation>Der Auftrag %1 kann nicht über den Entwurf des Auftrags %2 gespeichert werden.</translation>
    </message>
    <message>
        <source>The draft could not be created: %1</source>
        <translation>Der Entwurf konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The draft could not be created: the order has no reference.</source>
        <translation>Der Entwurf konnte nicht angelegt werden: Der Auftrag hat keine Referenz.</translation>
    </message>
    <message>
        <source>A draft of order %1 already exists.</source>
        <translation>Ein Entwurf des Auftrags %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The draft of order %1 cannot be read: %2</source>
        <translation>Der Entwurf des Auftrags %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>Der Status konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The draft could not be moved to the trash: %1</source>
        <translation>Der Entwurf konnte nicht in den Papierkorb verschoben werden: %1</translation>
    </message>
    <message>
        <source>The draft could not be restored: %1</source>
        <translation>Der Entwurf konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Revision %1 of this draft no longer exists.</source>
        <translation>Version %1 dieses Entwurfs existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Revision %1 cannot be read: %2</source>
        <translation>Version %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is not an order Order Desk can read: %1</source>
        <translation>Die Datei ist kein Auftrag, den Order Desk lesen kann: %1</translation>
    </message>
    <message>
        <source>The outbox could not be saved: %1</source>
        <translation>Der Postausgang konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>Das Dokument konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>od::MainWindow</name>
    <message>
        <source>Order Desk</source>
        <translation>Order Desk</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Hauptbereich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not saved yet: %1 Retrying…</source>
        <translation>Noch nicht gespeichert: %1 Neuer Versuch…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Drafts are kept in %1</source>
        <translation>Entwürfe werden in %1 gespeichert</translation>
    </message>
    <message>
        <source>The drafts cannot be opened</source>
        <translation>Die Entwürfe können nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Why the drafts cannot be opened</source>
        <translation>Warum die Entwürfe nicht geöffnet werden können</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try to open the drafts again</source>
        <translation>Erneut versuchen, die Entwürfe zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Order Desk</source>
        <translation>Order Desk beenden</translation>
    </message>
    <message>
        <source>The draft cannot be opened yet: the changes to the previous one are not saved. %1</source>
        <translation>Der Entwurf kann noch nicht geöffnet werden: Die Änderungen am vorherigen sind nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Order %1 is queued in the outbox: it is shown as it was submitted.</source>
        <translation>Auftrag %1 liegt im Postausgang und wird so angezeigt, wie er abgesendet wurde.</translation>
    </message>
    <message>
        <source>Order %1: every change is saved as you type.</source>
        <translation>Auftrag %1: Jede Änderung wird während der Eingabe gespeichert.</translation>
    </message>
    <message>
        <source>%1 Your changes are kept here; try again in a moment.</source>
        <translation>%1 Ihre Änderungen bleiben hier erhalten; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Order %1 for %2</source>
        <translation>Auftrag %1 für %2</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox. It will be sent to the carrier when the carrier&apos;s ordering service is reachable; nothing else is needed now. Until then you can open it to read it, or withdraw it to change it.</source>
        <translation>%1 liegt im Postausgang. Der Auftrag wird an den Netzbetreiber gesendet, sobald dessen Bestellservice erreichbar ist; Sie müssen jetzt nichts weiter tun. Bis dahin können Sie ihn zum Lesen öffnen oder zum Ändern zurückziehen.</translation>
    </message>
    <message>
        <source>Withdraw from the outbox</source>
        <translation>Aus dem Postausgang zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw order %1 from the outbox to edit it?</source>
        <translation>Auftrag %1 zum Bearbeiten aus dem Postausgang zurückziehen?</translation>
    </message>
    <message>
        <source>It goes back to the drafts with everything kept, and is not sent until you submit it again.</source>
        <translation>Er kehrt mit allen Angaben zu den Entwürfen zurück und wird erst gesendet, wenn Sie ihn erneut absenden.</translation>
    </message>
    <message>
        <source>&amp;Withdraw and edit</source>
        <translation>&amp;Zurückziehen und bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Keep it queued</source>
        <translation>&amp;Im Postausgang lassen</translation>
    </message>
    <message>
        <source>The order stays in the outbox: %1</source>
        <translation>Der Auftrag bleibt im Postausgang: %1</translation>
    </message>
    <message>
        <source>Order %1 is a draft again: change what you need, then submit it again.</source>
        <translation>Auftrag %1 ist wieder ein Entwurf: Ändern Sie, was nötig ist, und senden Sie ihn dann erneut ab.</translation>
    </message>
    <message>
        <source>The draft stays open because it could not be saved: %1 Your changes are kept here and saving is retried.</source>
        <translation>Der Entwurf bleibt geöffnet, weil er nicht gespeichert werden konnte: %1 Ihre Änderungen bleiben hier erhalten, das Speichern wird wiederholt.</translation>
    </message>
    <message>
        <source>The latest changes to this draft could not be saved: %1</source>
        <translation>Die letzten Änderungen an diesem Entwurf konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>If you quit now, they are lost. Keep Order Desk open and it keeps trying to save them.</source>
        <translation>Wenn Sie jetzt beenden, gehen sie verloren. Lassen Sie Order Desk geöffnet; es versucht weiterhin, sie zu speichern.</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Geöffnet lassen</translation>
    </message>
    <message>
        <source>&amp;Quit and lose them</source>
        <translation>&amp;Beenden und verwerfen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Order Desk</source>
        <translation>&amp;Über Order Desk</translation>
    </message>
    <message>
        <source>About Order Desk</source>
        <translation>Über Order Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Order Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Microsoft Teams Operator Connect orders for business customers.&lt;/p&gt;&lt;p&gt;Catalog: %2%3&lt;/p&gt;&lt;p&gt;Drafts: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Order Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Microsoft Teams Operator Connect-Aufträge für Geschäftskunden.&lt;/p&gt;&lt;p&gt;Katalog: %2%3&lt;/p&gt;&lt;p&gt;Entwürfe: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (sample data)</source>
        <translation> (Beispieldaten)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Sends what waits in the outbox now, instead of at the next planned attempt</source>
        <translation>Sendet, was im Postausgang wartet, sofort statt beim nächsten geplanten Versuch</translation>
    </message>
    <message>
        <source>Signed in to the carrier&apos;s services.</source>
        <translation>Bei den Diensten des Netzbetreibers angemeldet.</translation>
    </message>
    <message>
        <source>○ Not connected to the carrier</source>
        <translation>○ Nicht mit dem Netzbetreiber verbunden</translation>
    </message>
    <message>
        <source>No carrier services are set up: submitted orders wait in the outbox. Start Order Desk with --upstream, or set the services&apos; addresses in the settings (see the README).</source>
        <translation>Es sind keine Dienste des Netzbetreibers eingerichtet: Abgesendete Aufträge warten im Postausgang. Starten Sie Order Desk mit --upstream oder tragen Sie die Adressen der Dienste in den Einstellungen ein (siehe README).</translation>
    </message>
    <message numerus="yes">
        <source>, %n queued</source>
        <translation>
            <numerusform>, %n im Postausgang</numerusform>
            <numerusform>, %n im Postausgang</numerusform>
        </translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>The carrier&apos;s services are reachable.</source>
        <translation>Die Dienste des Netzbetreibers sind erreichbar.</translation>
    </message>
    <message>
        <source>⇅ Sending</source>
        <translation>⇅ Senden</translation>
    </message>
    <message>
        <source>Sending to the carrier.</source>
        <translation>Wird an den Netzbetreiber gesendet.</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>The carrier&apos;s services cannot be reached. Orders wait in the outbox and are sent when they can be; nothing is lost.</source>
        <translation>Die Dienste des Netzbetreibers sind nicht erreichbar. Aufträge warten im Postausgang und werden gesendet, sobald es möglich ist; nichts geht verloren.</translation>
    </message>
    <message>
        <source>⚠ Problem</source>
        <translation>⚠ Problem</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Nächster Versuch um %1.</translation>
    </message>
    <message>
        <source>Connection to the carrier: %1</source>
        <translation>Verbindung zum Netzbetreiber: %1</translation>
    </message>
    <message>
        <source>Kept in the order: it is sent when the carrier&apos;s services are set up.</source>
        <translation>Im Auftrag gespeichert: wird gesendet, sobald die Dienste des Netzbetreibers eingerichtet sind.</translation>
    </message>
    <message>
        <source>Checking with the carrier&apos;s account service…</source>
        <translation>Prüfung beim Kontodienst des Netzbetreibers…</translation>
    </message>
    <message>
        <source>Queued: checked when the carrier&apos;s account service is reachable.</source>
        <translation>Im Postausgang: wird geprüft, sobald der Kontodienst des Netzbetreibers erreichbar ist.</translation>
    </message>
    <message>
        <source>ℹ This order is being sent to the carrier: it can no longer be withdrawn. Its state is shown here and in the drafts as the carrier answers.</source>
        <translation>ℹ Dieser Auftrag wird an den Netzbetreiber gesendet und kann nicht mehr zurückgezogen werden. Sein Status wird hier und in den Entwürfen angezeigt, sobald der Netzbetreiber antwortet.</translation>
    </message>
    <message>
        <source>ℹ At the carrier: %1. The order is shown as it was submitted; it can no longer be changed here.</source>
        <translation>ℹ Beim Netzbetreiber: %1. Der Auftrag wird so angezeigt, wie er abgesendet wurde; er kann hier nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Order %1 came back from the carrier: %2</source>
        <translation>Auftrag %1 wurde vom Netzbetreiber zurückgegeben: %2</translation>
    </message>
    <message>
        <source>Order %1 is at the carrier: it is shown as it was submitted.</source>
        <translation>Auftrag %1 liegt beim Netzbetreiber und wird so angezeigt, wie er abgesendet wurde.</translation>
    </message>
    <message>
        <source>Order %1 has already gone to the carrier: it can no longer be withdrawn.</source>
        <translation>Auftrag %1 ist bereits an den Netzbetreiber gegangen und kann nicht mehr zurückgezogen werden.</translation>
    </message>
    <message>
        <source>&amp;Retry sending now</source>
        <translation>&amp;Jetzt erneut senden</translation>
    </message>
    <message>
        <source>Sign &amp;in to the carrier&apos;s services</source>
        <translation>Bei den Diensten des Netzbetreibers &amp;anmelden</translation>
    </message>
    <message>
        <source>Signing in to the carrier&apos;s services…</source>
        <translation>Anmeldung bei den Diensten des Netzbetreibers…</translation>
    </message>
    <message>
        <source>Sign &amp;out of the carrier&apos;s services</source>
        <translation>Von den Diensten des Netzbetreibers ab&amp;melden</translation>
    </message>
    <message>
        <source>Signed out. Order Desk asks you to sign in again before it sends anything to the carrier.</source>
        <translation>Abgemeldet. Order Desk fordert Sie zur erneuten Anmeldung auf, bevor etwas an den Netzbetreiber gesendet wird.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automatisch (Systemsprache)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Order Desk was started with --language %1, which comes before this setting. %2 is used when Order Desk starts without that option.</source>
        <translation>Order Desk wurde mit --language %1 gestartet; diese Option hat Vorrang vor dieser Einstellung. %2 wird verwendet, wenn Order Desk ohne diese Option startet.</translation>
    </message>
    <message>
        <source>Order Desk follows the system language (%1) from its next start.</source>
        <translation>Order Desk verwendet ab dem nächsten Start die Systemsprache (%1).</translation>
    </message>
    <message>
        <source>Order Desk is shown in %1 from its next start.</source>
        <translation>Order Desk wird ab dem nächsten Start in der Sprache %1 angezeigt.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved, and this draft opens again on the same step.</source>
        <translation>Jetzt neu starten? Alles ist gespeichert, und dieser Entwurf wird wieder beim selben Schritt geöffnet.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved.</source>
        <translation>Jetzt neu starten? Alles ist gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start verwendet.</translation>
    </message>
</context>
<context>
    <name>od::NumberListEditor</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Wie eingegeben</translation>
    </message>
    <message>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Rufnummern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ OK</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>Imp&amp;ort CSV file…</source>
        <translation>&amp;CSV-Datei importieren…</translation>
    </message>
    <message>
        <source>Numbers to keep, one number or range per line</source>
        <translation>Zu behaltende Rufnummern, eine Rufnummer oder ein Block pro Zeile</translation>
    </message>
    <message>
        <source>Type or paste single numbers and DDI ranges, one per line, e.g. &quot;069 1234-5600 to -5699&quot;. Each line is checked in the table beside it.</source>
        <translation>Geben Sie Einzelrufnummern und Rufnummernblöcke ein oder fügen Sie sie ein, eine pro Zeile, z. B. „069 1234-5600 bis -5699“. Jede Zeile wird in der Tabelle daneben geprüft.</translation>
    </message>
    <message>
        <source>One per line, e.g.
069 1234-5600 to -5699
+44 (0)20 7946 0000
0612345678</source>
        <translation>Eine pro Zeile, z. B.
069 1234-5600 bis -5699
+44 (0)20 7946 0000
0612345678</translation>
    </message>
    <message>
        <source>Numbers as understood</source>
        <translation>Erkannte Rufnummern</translation>
    </message>
    <message>
        <source>Import numbers from a CSV file</source>
        <translation>Rufnummern aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Numbers: %1 · entries: %2</source>
        <translation>Rufnummern: %1 · Einträge: %2</translation>
    </message>
    <message>
        <source>· ✖ not understood: %1 — line %2: %3</source>
        <translation>· ✖ nicht erkannt: %1 — Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: lines taken: %2</source>
        <translation>%1: übernommene Zeilen: %2</translation>
    </message>
    <message>
        <source>Pasted: lines taken: %1</source>
        <translation>Eingefügt: übernommene Zeilen: %1</translation>
    </message>
    <message>
        <source> from column %1 of %2.</source>
        <translation> aus Spalte %1 von %2.</translation>
    </message>
    <message>
        <source> from column &quot;%1&quot; (%2 of %3).</source>
        <translation> aus Spalte „%1“ (%2 von %3).</translation>
    </message>
    <message>
        <source>✖ Lines not understood: %1; see Status in the table and correct them.</source>
        <translation>✖ Nicht erkannte Zeilen: %1; siehe Status in der Tabelle, bitte korrigieren.</translation>
    </message>
    <message>
        <source>✖ %1 could not be read: %2</source>
        <translation>✖ %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation>Rufnummern importieren</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>numbers of (country)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>od::OfficeEditor</name>
    <message>
        <source>Office %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>Vali&amp;date address</source>
        <translation>Adr&amp;esse validieren</translation>
    </message>
    <message>
        <source>&amp;Area code</source>
        <translation>Vorwah&amp;l</translation>
    </message>
    <message>
        <source>&amp;Area code (optional)</source>
        <translation>Vorwa&amp;hl (optional)</translation>
    </message>
    <message>
        <source>In %1 the area code must belong to the office&apos;s city; the list offers the area codes of the city typed above.</source>
        <translation>In %1 muss die Vorwahl zum Ort des Standorts gehören; die Liste bietet die Vorwahlen des oben eingegebenen Orts an.</translation>
    </message>
    <message>
        <source>Optional: the area code the new numbers should have.</source>
        <translation>Optional: die Vorwahl, die die neuen Rufnummern haben sollen.</translation>
    </message>
    <message>
        <source>Ne&amp;w numbers</source>
        <translation>Neue &amp;Rufnummern</translation>
    </message>
    <message>
        <source>How many new numbers this office gets, 1 to %1.</source>
        <translation>Wie viele neue Rufnummern dieser Standort erhält, 1 bis %1.</translation>
    </message>
    <message>
        <source>for us&amp;ers</source>
        <translation>für &amp;Benutzer</translation>
    </message>
    <message>
        <source>Of the office&apos;s numbers, how many are for users.</source>
        <translation>Wie viele der Rufnummern des Standorts für Benutzer sind.</translation>
    </message>
    <message>
        <source>for resour&amp;ce accounts</source>
        <translation>für Ressourcen&amp;konten</translation>
    </message>
    <message>
        <source>Of the office&apos;s numbers, how many are for resource accounts (auto attendants, call queues).</source>
        <translation>Wie viele der Rufnummern des Standorts für Ressourcenkonten sind (automatische Telefonzentralen, Anrufwarteschleifen).</translation>
    </message>
    <message>
        <source>Rese&amp;rve numbers</source>
        <translation>Rufnu&amp;mmern reservieren</translation>
    </message>
    <message>
        <source>Enabled when the address is validated (or its validation is queued) and the numbers add up.</source>
        <translation>Aktiv, sobald die Adresse validiert ist (oder ihre Validierung im Postausgang wartet) und die Anzahlen aufgehen.</translation>
    </message>
    <message>
        <source>Remove office %1</source>
        <translation>Standort %1 entfernen</translation>
    </message>
    <message>
        <source>The office can be restored with Undo.</source>
        <translation>Der Standort kann mit „Rückgängig“ wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Finding the area codes of %1…</source>
        <translation>Vorwahlen von %1 werden gesucht…</translation>
    </message>
    <message>
        <source>Type the city first: the list then offers its area codes.</source>
        <translation>Geben Sie zuerst den Ort ein: Die Liste bietet dann seine Vorwahlen an.</translation>
    </message>
    <message>
        <source>No area code known for %1: type it.</source>
        <translation>Keine Vorwahl für %1 bekannt: Bitte eingeben.</translation>
    </message>
    <message>
        <source>Area codes of %1: %2</source>
        <translation>Vorwahlen von %1: %2</translation>
    </message>
    <message>
        <source>Complete the address first: company name, street, postal code and city.</source>
        <translation>Vervollständigen Sie zuerst die Adresse: Firmenname, Straße, Postleitzahl und Ort.</translation>
    </message>
    <message>
        <source>Office %1: %2</source>
        <translation>Standort %1: %2</translation>
    </message>
    <message>
        <source>✔ Validated by the carrier&apos;s address service.</source>
        <translation>✔ Vom Adressdienst des Netzbetreibers validiert.</translation>
    </message>
    <message>
        <source>✎ The address was changed: a changed address is a new address, and the earlier validation no longer applies.</source>
        <translation>✎ Die Adresse wurde geändert: Eine geänderte Adresse ist eine neue Adresse, die frühere Validierung gilt nicht mehr.</translation>
    </message>
    <message>
        <source>The numbers of this office are reserved.</source>
        <translation>Die Rufnummern dieses Standorts sind reserviert.</translation>
    </message>
    <message>
        <source>Complete the address and validate it first.</source>
        <translation>Vervollständigen und validieren Sie zuerst die Adresse.</translation>
    </message>
    <message>
        <source>Enter how many numbers to reserve (users + resource accounts = numbers, 1 to %1).</source>
        <translation>Geben Sie an, wie viele Rufnummern reserviert werden sollen (Benutzer + Ressourcenkonten = Rufnummern, 1 bis %1).</translation>
    </message>
    <message>
        <source>✔ Numbers reserved (%1): %2</source>
        <translation>✔ Rufnummern reserviert (%1): %2</translation>
    </message>
    <message>
        <source>any area of %1</source>
        <translation>beliebiges Ortsnetz in %1</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>Ortsnetz %1</translation>
    </message>
    <message>
        <source>Reservation queued — new numbers: %1 (for users: %2, for resource accounts: %3), %4.</source>
        <translation>Reservierung im Postausgang — neue Rufnummern: %1 (für Benutzer: %2, für Ressourcenkonten: %3), %4.</translation>
    </message>
    <message>
        <source>The numbers or the area code changed, so the numbers reserved before (%1) no longer apply.</source>
        <translation>Die Rufnummern oder die Vorwahl wurden geändert, daher gelten die zuvor reservierten Rufnummern (%1) nicht mehr.</translation>
    </message>
    <message>
        <source>The numbers or the area code changed after Reserve was pressed, so the reservation asked for then is withdrawn.</source>
        <translation>Die Rufnummern oder die Vorwahl wurden nach „Rufnummern reservieren“ geändert, daher wird die damals angeforderte Reservierung zurückgezogen.</translation>
    </message>
    <message>
        <source>office %1 in %2</source>
        <translation>Standort %1 in %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a field of an office (which office)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Validate the address of %1</source>
        <translation>Adresse von %1 validieren</translation>
    </message>
    <message>
        <source>Address validation of %1</source>
        <translation>Adressvalidierung für %1</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Neue Rufnummern</translation>
    </message>
    <message>
        <source>Numbers for users</source>
        <translation>Rufnummern für Benutzer</translation>
    </message>
    <message>
        <source>Numbers for resource accounts</source>
        <translation>Rufnummern für Ressourcenkonten</translation>
    </message>
    <message>
        <source>Reserve the numbers of %1</source>
        <translation>Rufnummern von %1 reservieren</translation>
    </message>
    <message>
        <source>Reservation of %1</source>
        <translation>Reservierung für %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>od::OfficesPage</name>
    <message>
        <source>CLIP screening (the network checks the presented number)</source>
        <translation>CLIP-Screening (das Netz prüft die angezeigte Rufnummer)</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP no Screening</translation>
    </message>
    <message>
        <source>Presentation number</source>
        <translation>Angezeigte Rufnummer</translation>
    </message>
    <message>
        <source>Per country up to 5 offices with a validated emergency address and up to 100 new numbers each.</source>
        <translation>Pro Land bis zu 5 Standorte mit validierter Notrufadresse und jeweils bis zu 100 neuen Rufnummern.</translation>
    </message>
    <message>
        <source>Existing numbers are kept in %1 (step 3): no new numbers or offices here.</source>
        <translation>In %1 werden bestehende Rufnummern übernommen (Schritt 3): hier keine neuen Rufnummern oder Standorte.</translation>
    </message>
    <message>
        <source>%1: offices and new numbers</source>
        <translation>%1: Standorte und neue Rufnummern</translation>
    </message>
    <message>
        <source>Up to %1 offices. In %2 the area code must belong to the office&apos;s city.</source>
        <translation>Bis zu %1 Standorte. In %2 muss die Vorwahl zum Ort des Standorts gehören.</translation>
    </message>
    <message>
        <source>Up to %1 offices.</source>
        <translation>Bis zu %1 Standorte.</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>&amp;Entfernen rückgängig</translation>
    </message>
    <message>
        <source>Undo: restore the removed office in %1</source>
        <translation>Rückgängig: entfernten Standort in %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Add &amp;office</source>
        <translation>Standort h&amp;inzufügen</translation>
    </message>
    <message>
        <source>Add an office in %1</source>
        <translation>Standort in %1 hinzufügen</translation>
    </message>
    <message>
        <source>Additional services in %1</source>
        <translation>Zusatzleistungen in %1</translation>
    </message>
    <message>
        <source>One-off fees in %1</source>
        <translation>Einmalige Entgelte in %1</translation>
    </message>
    <message>
        <source>Call forwardin&amp;g</source>
        <translation>Anrufweiterleitun&amp;g</translation>
    </message>
    <message>
        <source>Call forwarding in %1</source>
        <translation>Anrufweiterleitung in %1</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Weiterleiten an</translation>
    </message>
    <message>
        <source>Only the CLIP options allowed in %1 are offered.</source>
        <translation>Es werden nur die in %1 zulässigen CLIP-Optionen angeboten.</translation>
    </message>
    <message>
        <source>C&amp;LIP</source>
        <translation>&amp;CLIP</translation>
    </message>
    <message>
        <source>A genuine number of %1 that callees see.</source>
        <translation>Eine echte Rufnummer aus %1, die Angerufene sehen.</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Automatische Telefonzentralen</translation>
    </message>
    <message>
        <source>Call &amp;queues</source>
        <translation>&amp;Anrufwarteschleifen</translation>
    </message>
    <message>
        <source>%1 (not offered in %2)</source>
        <translation>%1 (in %2 nicht angeboten)</translation>
    </message>
    <message>
        <source>%1 of %2 offices.</source>
        <translation>%1 von %2 Standorten.</translation>
    </message>
    <message>
        <source>%1 of %2 offices: the most a country can have.</source>
        <translation>%1 von %2 Standorten: das Maximum für ein Land.</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>Office %1 (%2)</source>
        <translation>Standort %1 (%2)</translation>
    </message>
    <message>
        <source>%1 was removed with everything typed in it. Undo restores it.</source>
        <translation>%1 wurde mit allen Eingaben entfernt. „Rückgängig“ stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 = %4</source>
        <translation>%1: %2 × %3 = %4</translation>
    </message>
    <message>
        <source>One-off fees in %1 (installation and activation are calculated from the offices and numbers):
%2
Total one-off: %3</source>
        <translation>Einmalige Entgelte in %1 (Installation und Aktivierung werden aus Standorten und Rufnummern berechnet):
%2
Summe einmalig: %3</translation>
    </message>
    <message>
        <source>Each auto attendant and call queue needs a number for a resource account: %1 needed, %2 planned in the offices above.</source>
        <translation>Jede automatische Telefonzentrale und Anrufwarteschleife braucht eine Rufnummer für ein Ressourcenkonto: %1 benötigt, %2 in den Standorten oben geplant.</translation>
    </message>
    <message>
        <source>Call forwarding target number in %1</source>
        <translation>Zielrufnummer der Anrufweiterleitung in %1</translation>
    </message>
    <message>
        <source>CLIP in %1</source>
        <translation>CLIP in %1</translation>
    </message>
    <message>
        <source>Presentation number in %1</source>
        <translation>Angezeigte Rufnummer in %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Each one needs a number for a resource account in one of the offices.</source>
        <translation>Jede braucht eine Rufnummer für ein Ressourcenkonto an einem der Standorte.</translation>
    </message>
</context>
<context>
    <name>od::OrderPage</name>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>od::OrderWizard</name>
    <message>
        <source>Operator Connect order</source>
        <translation>Operator-Connect-Auftrag</translation>
    </message>
    <message>
        <source>&amp;Save draft and close</source>
        <translation>Entwurf &amp;speichern und schließen</translation>
    </message>
    <message>
        <source>&amp;Withdraw from the outbox to edit</source>
        <translation>Zum &amp;Bearbeiten aus dem Postausgang zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Save draft and close</source>
        <translation>Entwurf speichern und schließen</translation>
    </message>
    <message>
        <source>Withdraw from the outbox to edit</source>
        <translation>Zum Bearbeiten aus dem Postausgang zurückziehen</translation>
    </message>
    <message>
        <source>The order goes back to the drafts and can be changed; it is not sent until it is submitted again</source>
        <translation>Der Auftrag kehrt zu den Entwürfen zurück und kann geändert werden; er wird erst gesendet, wenn er erneut abgesendet wird</translation>
    </message>
    <message>
        <source>&amp;Back to drafts</source>
        <translation>Zurück zu den &amp;Entwürfen</translation>
    </message>
    <message>
        <source>Choose the address</source>
        <translation>Adresse auswählen</translation>
    </message>
    <message>
        <source>The carrier&apos;s address service does not know the address
%1
exactly. Choose the right one (it is validated next), or Cancel to keep the address as typed and correct it yourself.</source>
        <translation>Der Adressdienst des Netzbetreibers kennt die Adresse
%1
nicht genau. Wählen Sie die richtige aus (sie wird anschließend validiert) oder „Abbrechen“, um die Adresse wie eingegeben zu behalten und selbst zu korrigieren.</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>Diese Adresse &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>od::Outbox</name>
    <message>
        <source>Operator Connect order %1</source>
        <translation>Operator-Connect-Auftrag %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>OCN: %1</source>
        <translation>OCN: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Länder: %1</translation>
    </message>
    <message>
        <source>%1: %2 users, %3 new numbers</source>
        <translation>%1: %2 Benutzer, %3 neue Rufnummern</translation>
    </message>
    <message>
        <source>Signed for the customer by %1</source>
        <translation>Für den Kunden unterschrieben von %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Unterschrift: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s Teams tenant has given the carrier its consent.</source>
        <translation>Der Teams-Mandant des Kunden hat dem Netzbetreiber seine Zustimmung erteilt.</translation>
    </message>
    <message>
        <source>The customer&apos;s consent in the Teams admin center is pending.</source>
        <translation>Die Zustimmung des Kunden im Teams Admin Center steht noch aus.</translation>
    </message>
    <message>
        <source>The customer declined the carrier in the Teams admin center: the numbers cannot be uploaded until the customer gives consent.</source>
        <translation>Der Kunde hat den Netzbetreiber im Teams Admin Center abgelehnt: Die Rufnummern können erst hochgeladen werden, wenn der Kunde zustimmt.</translation>
    </message>
    <message>
        <source>The customer has not given the carrier consent in the Teams admin center yet.</source>
        <translation>Der Kunde hat dem Netzbetreiber im Teams Admin Center noch keine Zustimmung erteilt.</translation>
    </message>
    <message>
        <source>An office</source>
        <translation>Ein Standort</translation>
    </message>
    <message>
        <source>Office %1 in %2</source>
        <translation>Standort %1 in %2</translation>
    </message>
    <message>
        <source>%1: the address service refused the address. %2</source>
        <translation>%1: Der Adressdienst hat die Adresse abgelehnt. %2</translation>
    </message>
    <message>
        <source>%1: the address is validated.</source>
        <translation>%1: Die Adresse ist validiert.</translation>
    </message>
    <message>
        <source>%1: the address service suggests corrected addresses: choose one, then validate it.</source>
        <translation>%1: Der Adressdienst schlägt korrigierte Adressen vor: Wählen Sie eine aus und validieren Sie sie.</translation>
    </message>
    <message>
        <source>%1: the address service could not confirm the address: correct it and validate it again.</source>
        <translation>%1: Der Adressdienst konnte die Adresse nicht bestätigen: Korrigieren Sie sie und validieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the address could not be validated, so no numbers were reserved: correct the address, validate it, then reserve again.</source>
        <translation>%1: Die Adresse konnte nicht validiert werden, daher wurden keine Rufnummern reserviert: Korrigieren und validieren Sie die Adresse, dann reservieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1: the address is not validated, so no numbers were reserved: validate it, then reserve again.</source>
        <translation>%1: Die Adresse ist nicht validiert, daher wurden keine Rufnummern reserviert: Validieren Sie sie, dann reservieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1: no more numbers free in area code %2: choose another area code or fewer numbers.</source>
        <translation>%1: Keine freien Rufnummern mehr mit Vorwahl %2: Wählen Sie eine andere Vorwahl oder weniger Rufnummern.</translation>
    </message>
    <message>
        <source>%1: the number service refused the reservation. %2</source>
        <translation>%1: Der Rufnummerndienst hat die Reservierung abgelehnt. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s) reserved.</source>
        <translation>
            <numerusform>%1: %n Rufnummer reserviert.</numerusform>
            <numerusform>%1: %n Rufnummern reserviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an existing customer&apos;s OCN and e-mail address can be checked with the carrier.</source>
        <translation>Nur OCN und E-Mail-Adresse eines Bestandskunden können beim Netzbetreiber geprüft werden.</translation>
    </message>
    <message>
        <source>The customer is verified: the e-mail address belongs to the OCN.</source>
        <translation>Der Kunde ist bestätigt: Die E-Mail-Adresse gehört zur OCN.</translation>
    </message>
    <message>
        <source>The customer could not be verified: the e-mail address is not one of the OCN&apos;s account addresses. Check both with the customer.</source>
        <translation>Der Kunde konnte nicht bestätigt werden: Die E-Mail-Adresse gehört nicht zu den Kontoadressen der OCN. Prüfen Sie beides mit dem Kunden.</translation>
    </message>
    <message>
        <source>The customer could not be verified: %1</source>
        <translation>Der Kunde konnte nicht bestätigt werden: %1</translation>
    </message>
    <message>
        <source>Order %1 was not sent: %2</source>
        <translation>Auftrag %1 wurde nicht gesendet: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(und %n weiteres Problem)</numerusform>
            <numerusform>(und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 was not accepted: %2</source>
        <translation>Auftrag %1 wurde nicht angenommen: %2</translation>
    </message>
    <message>
        <source>Order %1 was sent to the carrier: %2.</source>
        <translation>Auftrag %1 wurde an den Netzbetreiber gesendet: %2.</translation>
    </message>
    <message>
        <source>Please sign: Operator Connect order %1</source>
        <translation>Bitte unterschreiben: Operator-Connect-Auftrag %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>The contract of order %1 could not be sent for signature. %2</source>
        <translation>Der Vertrag zu Auftrag %1 konnte nicht zur Unterschrift gesendet werden. %2</translation>
    </message>
    <message>
        <source>The contract of order %1 was sent for signature.</source>
        <translation>Der Vertrag zu Auftrag %1 wurde zur Unterschrift gesendet.</translation>
    </message>
    <message>
        <source>The customer signed order %1; the carrier expects to handle it by %2.</source>
        <translation>Der Kunde hat Auftrag %1 unterschrieben; der Netzbetreiber bearbeitet ihn voraussichtlich bis %2.</translation>
    </message>
    <message>
        <source>Order %1 has a new status: %2.</source>
        <translation>Auftrag %1 hat einen neuen Status: %2.</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>Der Entwurf existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Order %1 was already sent to the carrier.</source>
        <translation>Auftrag %1 wurde bereits an den Netzbetreiber gesendet.</translation>
    </message>
    <message>
        <source>The office no longer exists.</source>
        <translation>Der Standort existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The order may already have reached the carrier, so it cannot be withdrawn here. Wait for the carrier&apos;s answer.</source>
        <translation>Der Auftrag ist möglicherweise bereits beim Netzbetreiber angekommen und kann daher hier nicht zurückgezogen werden. Warten Sie die Antwort des Netzbetreibers ab.</translation>
    </message>
    <message>
        <source>Please sign: porting paperwork of Operator Connect order %1</source>
        <translation>Bitte unterschreiben: Portierungsunterlagen zu Operator-Connect-Auftrag %1</translation>
    </message>
    <message>
        <source>The porting paperwork of order %1 could not be sent for signature. %2</source>
        <translation>Die Portierungsunterlagen zu Auftrag %1 konnten nicht zur Unterschrift gesendet werden. %2</translation>
    </message>
    <message>
        <source>The porting paperwork of order %1 was sent for signature.</source>
        <translation>Die Portierungsunterlagen zu Auftrag %1 wurden zur Unterschrift gesendet.</translation>
    </message>
    <message>
        <source>The customer declined to sign the porting paperwork of order %1. Talk to the customer, then send it for signature again: the numbers are not ported without signed paperwork.</source>
        <translation>Der Kunde hat die Unterschrift der Portierungsunterlagen zu Auftrag %1 abgelehnt. Sprechen Sie mit dem Kunden und senden Sie sie dann erneut zur Unterschrift: Ohne unterschriebene Unterlagen werden die Rufnummern nicht portiert.</translation>
    </message>
    <message>
        <source>The signature request for the porting paperwork of order %1 was voided. Send it for signature again: the numbers are not ported without signed paperwork.</source>
        <translation>Die Signaturanfrage für die Portierungsunterlagen zu Auftrag %1 wurde annulliert. Senden Sie sie erneut zur Unterschrift: Ohne unterschriebene Unterlagen werden die Rufnummern nicht portiert.</translation>
    </message>
    <message>
        <source>The customer declined to sign the contract of order %1. Talk to the customer, then send it for signature again: the order is not handled without a signed contract.</source>
        <translation>Der Kunde hat die Unterschrift des Vertrags zu Auftrag %1 abgelehnt. Sprechen Sie mit dem Kunden und senden Sie ihn dann erneut zur Unterschrift: Ohne unterschriebenen Vertrag wird der Auftrag nicht bearbeitet.</translation>
    </message>
    <message>
        <source>The signature request for order %1 was voided. Send it for signature again: the order is not handled without a signed contract.</source>
        <translation>Die Signaturanfrage für Auftrag %1 wurde annulliert. Senden Sie ihn erneut zur Unterschrift: Ohne unterschriebenen Vertrag wird der Auftrag nicht bearbeitet.</translation>
    </message>
    <message>
        <source>The signed documents of order %1 could not be downloaded. %2</source>
        <translation>Die unterschriebenen Dokumente zu Auftrag %1 konnten nicht heruntergeladen werden. %2</translation>
    </message>
    <message>
        <source>The signed documents of order %1 are kept with the draft.</source>
        <translation>Die unterschriebenen Dokumente zu Auftrag %1 werden beim Entwurf aufbewahrt.</translation>
    </message>
    <message>
        <source>The carrier did not accept the signed paperwork of order %1. %2</source>
        <translation>Der Netzbetreiber hat die unterschriebenen Unterlagen zu Auftrag %1 nicht angenommen. %2</translation>
    </message>
    <message>
        <source>The signed paperwork of order %1 was sent to the carrier.</source>
        <translation>Die unterschriebenen Unterlagen zu Auftrag %1 wurden an den Netzbetreiber gesendet.</translation>
    </message>
    <message>
        <source>Order %1 has not reached the carrier yet: send it for signature once the carrier has it.</source>
        <translation>Auftrag %1 ist noch nicht beim Netzbetreiber angekommen: Senden Sie ihn zur Unterschrift, sobald der Netzbetreiber ihn hat.</translation>
    </message>
    <message>
        <source>Order %1 is finished at the carrier (%2): nothing is left to sign.</source>
        <translation>Auftrag %1 ist beim Netzbetreiber abgeschlossen (%2): Es gibt nichts mehr zu unterschreiben.</translation>
    </message>
    <message>
        <source>The signature request of order %1 is on its way.</source>
        <translation>Die Signaturanfrage zu Auftrag %1 ist unterwegs.</translation>
    </message>
    <message>
        <source>The customer has signed order %1 already.</source>
        <translation>Der Kunde hat Auftrag %1 bereits unterschrieben.</translation>
    </message>
    <message>
        <source>Order %1 is out for signature: wait for the customer, or for a decline before sending it again.</source>
        <translation>Auftrag %1 liegt zur Unterschrift vor: Warten Sie auf den Kunden oder auf eine Ablehnung, bevor Sie ihn erneut senden.</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs for the customer.</source>
        <translation>Geben Sie den Namen der Person ein, die für den Kunden unterschreibt.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address for the person who signs for the customer.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse der Person ein, die für den Kunden unterschreibt.</translation>
    </message>
    <message>
        <source>The signatory could not be saved with the draft.</source>
        <translation>Der Unterzeichner konnte nicht mit dem Entwurf gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>od::PaperworkPanel</name>
    <message>
        <source>Paperwork and signature</source>
        <translation>Unterlagen und Unterschrift</translation>
    </message>
    <message>
        <source>Paperwork checklist by country</source>
        <translation>Checkliste der Unterlagen nach Land</translation>
    </message>
    <message>
        <source>One row per country that keeps its numbers: forms generated, sent for signature, signed, sent to the carrier. Arrow keys move between the cells.</source>
        <translation>Eine Zeile pro Land, in dem Rufnummern übernommen werden: Formulare erstellt, zur Unterschrift gesendet, unterschrieben, an den Netzbetreiber gesendet. Mit den Pfeiltasten wechseln Sie zwischen den Zellen.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sent for signature</source>
        <translation>Zur Unterschrift gesendet</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Sent to the carrier</source>
        <translation>An den Netzbetreiber gesendet</translation>
    </message>
    <message>
        <source>Preview &amp;contract</source>
        <translation>&amp;Vertrag anzeigen</translation>
    </message>
    <message>
        <source>Preview contract</source>
        <translation>Vertrag anzeigen</translation>
    </message>
    <message>
        <source>Opens the contract as it is sent for signature</source>
        <translation>Öffnet den Vertrag so, wie er zur Unterschrift gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Preview forms</source>
        <translation>&amp;Formulare anzeigen</translation>
    </message>
    <message>
        <source>Preview forms</source>
        <translation>Formulare anzeigen</translation>
    </message>
    <message>
        <source>Opens the contract and every porting form, to read or print</source>
        <translation>Öffnet den Vertrag und alle Portierungsformulare zum Lesen oder Drucken</translation>
    </message>
    <message>
        <source>Sa&amp;ve forms…</source>
        <translation>F&amp;ormulare speichern…</translation>
    </message>
    <message>
        <source>Save forms</source>
        <translation>Formulare speichern</translation>
    </message>
    <message>
        <source>Saves the contract and every porting form as PDF files into a folder</source>
        <translation>Speichert den Vertrag und alle Portierungsformulare als PDF-Dateien in einem Ordner</translation>
    </message>
    <message>
        <source>Send for si&amp;gnature…</source>
        <translation>Zur &amp;Unterschrift senden…</translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation>Zur Unterschrift senden</translation>
    </message>
    <message>
        <source>Sends the signatory one envelope with the contract and the forms</source>
        <translation>Sendet dem Unterzeichner einen Umschlag mit dem Vertrag und den Formularen</translation>
    </message>
    <message>
        <source>&amp;Open signed PDF</source>
        <translation>Unterschriebenes &amp;PDF öffnen</translation>
    </message>
    <message>
        <source>Open signed PDF</source>
        <translation>Unterschriebenes PDF öffnen</translation>
    </message>
    <message>
        <source>Shows the signed documents</source>
        <translation>Zeigt die unterschriebenen Dokumente an</translation>
    </message>
    <message>
        <source>Save signed P&amp;DF…</source>
        <translation>Unterschriebenes P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Save signed PDF</source>
        <translation>Unterschriebenes PDF speichern</translation>
    </message>
    <message>
        <source>Saves the signed documents as a PDF file</source>
        <translation>Speichert die unterschriebenen Dokumente als PDF-Datei</translation>
    </message>
    <message>
        <source>The order is not at the carrier yet.</source>
        <translation>Der Auftrag ist noch nicht beim Netzbetreiber.</translation>
    </message>
    <message>
        <source>Not connected to the carrier&apos;s services: Order Desk sends for signature once they are set up.</source>
        <translation>Keine Verbindung zu den Diensten des Netzbetreibers: Order Desk sendet zur Unterschrift, sobald sie eingerichtet sind.</translation>
    </message>
    <message>
        <source>– Not sent for signature yet.</source>
        <translation>– Noch nicht zur Unterschrift gesendet.</translation>
    </message>
    <message>
        <source>– The envelope is being prepared.</source>
        <translation>– Der Umschlag wird vorbereitet.</translation>
    </message>
    <message>
        <source>✉ Sent: waiting for the signatory to open and sign it.</source>
        <translation>✉ Gesendet: wartet darauf, dass der Unterzeichner ihn öffnet und unterschreibt.</translation>
    </message>
    <message>
        <source>✉ Delivered: the signatory has opened it and not signed yet.</source>
        <translation>✉ Zugestellt: Der Unterzeichner hat ihn geöffnet, aber noch nicht unterschrieben.</translation>
    </message>
    <message>
        <source>✔ Completed: signed by the signatory.</source>
        <translation>✔ Abgeschlossen: vom Unterzeichner unterschrieben.</translation>
    </message>
    <message>
        <source>✖ Declined: the signatory declined to sign. Check the signatory and send again.</source>
        <translation>✖ Abgelehnt: Der Unterzeichner hat die Unterschrift abgelehnt. Prüfen Sie den Unterzeichner und senden Sie erneut.</translation>
    </message>
    <message>
        <source>✖ Voided: the signature request was withdrawn. Send again when ready.</source>
        <translation>✖ Annulliert: Die Signaturanfrage wurde zurückgezogen. Senden Sie erneut, wenn alles bereit ist.</translation>
    </message>
    <message>
        <source>– %1</source>
        <translation>– %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Unterschrift: %1</translation>
    </message>
    <message>
        <source>The contract and the porting forms go to the signatory in one envelope; once signed, they are sent to the carrier.</source>
        <translation>Vertrag und Portierungsformulare gehen in einem Umschlag an den Unterzeichner; nach der Unterschrift werden sie an den Netzbetreiber gesendet.</translation>
    </message>
    <message>
        <source>Signature: – the contract goes to the signatory once the carrier has the order.</source>
        <translation>Unterschrift: – Der Vertrag geht an den Unterzeichner, sobald der Netzbetreiber den Auftrag hat.</translation>
    </message>
    <message>
        <source>The signed PDF is kept with the order (%1).</source>
        <translation>Das unterschriebene PDF wird beim Auftrag aufbewahrt (%1).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation>&amp;Erneut senden…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Sends the contract to the signatory again</source>
        <translation>Sendet den Vertrag erneut an den Unterzeichner</translation>
    </message>
    <message>
        <source>Not possible now.</source>
        <translation>Derzeit nicht möglich.</translation>
    </message>
    <message>
        <source>✖ The forms cannot be produced: %1</source>
        <translation>✖ Die Formulare können nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>✖ The contract cannot be produced: %1</source>
        <translation>✖ Der Vertrag kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Preparing the contract and the forms…</source>
        <translation>Vertrag und Formulare werden vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing the contract…</source>
        <translation>Vertrag wird vorbereitet…</translation>
    </message>
    <message>
        <source>Save the contract and the forms into</source>
        <translation>Vertrag und Formulare speichern in</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ Saved in %1 (documents: %2).</source>
        <translation>✔ Gespeichert in %1 (Dokumente: %2).</translation>
    </message>
    <message>
        <source>The signatory receives one e-signature envelope with the contract and every porting form. Check who signs for the company:</source>
        <translation>Der Unterzeichner erhält einen E-Signatur-Umschlag mit dem Vertrag und allen Portierungsformularen. Prüfen Sie, wer für die Firma unterschreibt:</translation>
    </message>
    <message>
        <source>The signatory receives the contract again for e-signature. Check who signs for the company; correct the e-mail address if it was wrong:</source>
        <translation>Der Unterzeichner erhält den Vertrag erneut zur E-Signatur. Prüfen Sie, wer für die Firma unterschreibt; korrigieren Sie die E-Mail-Adresse, falls sie falsch war:</translation>
    </message>
    <message>
        <source>✖ Not sent: %1</source>
        <translation>✖ Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>✔ The envelope is queued for %1; it goes out with the next connection to the carrier.</source>
        <translation>✔ Der Umschlag für %1 liegt im Postausgang; er wird bei der nächsten Verbindung zum Netzbetreiber gesendet.</translation>
    </message>
    <message>
        <source>Envelope queued for signature.</source>
        <translation>Umschlag zur Unterschrift im Postausgang.</translation>
    </message>
    <message>
        <source>✖ The signed PDF is not kept with this order.</source>
        <translation>✖ Das unterschriebene PDF ist bei diesem Auftrag nicht vorhanden.</translation>
    </message>
    <message>
        <source>Signed documents %1</source>
        <translation>Unterschriebene Dokumente %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>✔ Saved as %1.</source>
        <translation>✔ Gespeichert als %1.</translation>
    </message>
</context>
<context>
    <name>od::PdfPreviewDialog</name>
    <message>
        <source>the document is not complete</source>
        <translation>Das Dokument ist unvollständig</translation>
    </message>
    <message>
        <source>the document was not found</source>
        <translation>Das Dokument wurde nicht gefunden</translation>
    </message>
    <message>
        <source>it is not a valid PDF</source>
        <translation>Es ist kein gültiges PDF</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>Es ist durch ein Passwort geschützt</translation>
    </message>
    <message>
        <source>its protection is not supported</source>
        <translation>Sein Schutz wird nicht unterstützt</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>Es kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Dokumentvorschau</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Dokumentseiten</translation>
    </message>
    <message>
        <source>Page Up and Page Down turn the pages; Ctrl+Plus and Ctrl+Minus zoom.</source>
        <translation>Mit Bild auf und Bild ab blättern Sie um, mit Strg+Plus und Strg+Minus zoomen Sie.</translation>
    </message>
    <message>
        <source>Preview tools</source>
        <translation>Vorschauwerkzeuge</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>P&amp;age</source>
        <translation>S&amp;eite</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save this document as a PDF file</source>
        <translation>Dieses Dokument als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Save a&amp;ll…</source>
        <translation>&amp;Alle speichern…</translation>
    </message>
    <message>
        <source>Save every document into a folder</source>
        <translation>Alle Dokumente in einem Ordner speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Druc&amp;ken…</translation>
    </message>
    <message>
        <source>Print this document</source>
        <translation>Dieses Dokument drucken</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Save all documents</source>
        <translation>Alle Dokumente speichern</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Vorschau schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Vorschau schließen</translation>
    </message>
    <message>
        <source>✖ This document cannot be shown: %1.</source>
        <translation>✖ Dieses Dokument kann nicht angezeigt werden: %1.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1 von %2)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Zoom: %1</source>
        <translation>Zoom: %1</translation>
    </message>
    <message>
        <source>There is no document to save.</source>
        <translation>Es gibt kein Dokument zum Speichern.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>✔ Saved as %1.</source>
        <translation>✔ Gespeichert als %1.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Save all documents into</source>
        <translation>Alle Dokumente speichern in</translation>
    </message>
    <message>
        <source>✔ Saved in %1 (documents: %2).</source>
        <translation>✔ Gespeichert in %1 (Dokumente: %2).</translation>
    </message>
    <message>
        <source>There is no document to print.</source>
        <translation>Es gibt kein Dokument zum Drucken.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>Der Drucker kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The printer stopped after page %1.</source>
        <translation>Der Drucker hat nach Seite %1 angehalten.</translation>
    </message>
    <message>
        <source>Page %1 could not be prepared for printing.</source>
        <translation>Seite %1 konnte nicht für den Druck vorbereitet werden.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>✔ Sent to the printer.</source>
        <translation>✔ An den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>od::PortingPage</name>
    <message>
        <source>Per country: keep the customer&apos;s numbers (port or migrate), or get new ones.</source>
        <translation>Pro Land: die Rufnummern des Kunden behalten (portieren oder migrieren) oder neue erhalten.</translation>
    </message>
    <message>
        <source>The order has no country yet: choose countries on the voice plans page.</source>
        <translation>Der Auftrag enthält noch kein Land: Wählen Sie die Länder auf der Seite „Sprachtarife“.</translation>
    </message>
    <message>
        <source>&amp;Keep existing numbers in %1 (port or migrate)</source>
        <translation>Bestehende Rufnummern in %1 &amp;behalten (portieren oder migrieren)</translation>
    </message>
    <message>
        <source>Keep existing numbers in %1</source>
        <translation>Bestehende Rufnummern in %1 behalten</translation>
    </message>
    <message>
        <source>New numbers in %1 are chosen on the next page (offices and numbers).</source>
        <translation>Neue Rufnummern in %1 werden auf der nächsten Seite gewählt (Standorte und Rufnummern).</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
    <message>
        <source>Port from another &amp;carrier</source>
        <translation>Von &amp;einem anderen Anbieter portieren</translation>
    </message>
    <message>
        <source>Port the numbers of %1 from another carrier</source>
        <translation>Rufnummern in %1 von einem anderen Anbieter portieren</translation>
    </message>
    <message>
        <source>&amp;Migrate numbers already in Teams</source>
        <translation>Bereits in Teams genutzte Rufnummern &amp;migrieren</translation>
    </message>
    <message>
        <source>Migrate numbers of %1 already used in Teams</source>
        <translation>Bereits in Teams genutzte Rufnummern in %1 migrieren</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Microsoft Calling Plan</source>
        <translation>Microsoft Calling Plan</translation>
    </message>
    <message>
        <source>Direct Routing</source>
        <translation>Direct Routing</translation>
    </message>
    <message>
        <source>Another Operator Connect operator</source>
        <translation>Anderer Operator-Connect-Anbieter</translation>
    </message>
    <message>
        <source>Teams n&amp;umber type today:</source>
        <translation>Rufnummerntyp &amp;in Teams heute:</translation>
    </message>
    <message>
        <source>Losing carrier in %1</source>
        <translation>Abgebender Anbieter in %1</translation>
    </message>
    <message>
        <source>&amp;Losing carrier:</source>
        <translation>&amp;Abgebender Anbieter:</translation>
    </message>
    <message>
        <source>Exactly as the losing carrier knows it, e.g. from its invoice.</source>
        <translation>Genau so, wie der abgebende Anbieter ihn kennt, z. B. von seiner Rechnung.</translation>
    </message>
    <message>
        <source>As on the current carrier&apos;s invoice</source>
        <translation>Wie auf der Rechnung des aktuellen Anbieters</translation>
    </message>
    <message>
        <source>&amp;Account holder:</source>
        <translation>Ansch&amp;lussinhaber:</translation>
    </message>
    <message>
        <source>Account holder&apos;s address
(as the carrier has it):</source>
        <translation>Adresse des Anschlussinhabers
(wie beim Anbieter hinterlegt):</translation>
    </message>
    <message>
        <source>Numbe&amp;rs:</source>
        <translation>Rufnumme&amp;rn:</translation>
    </message>
    <message>
        <source>Main billin&amp;g number:</source>
        <translation>Hauptrufnummer (Abrechnun&amp;g):</translation>
    </message>
    <message>
        <source>Requested port date in %1</source>
        <translation>Gewünschtes Portierungsdatum in %1</translation>
    </message>
    <message>
        <source>Use &amp;earliest</source>
        <translation>&amp;Frühestes verwenden</translation>
    </message>
    <message>
        <source>Port &amp;date:</source>
        <translation>Port&amp;ierungsdatum:</translation>
    </message>
    <message>
        <source>%1 to %2 working days depending on the numbers</source>
        <translation>%1 bis %2 Werktage je nach Rufnummern</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 Werktag</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 Werktage</translation>
    </message>
    <message>
        <source>earliest: %1, %2</source>
        <translation>frühestens: %1, %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (optional):</translation>
    </message>
    <message>
        <source>How the numbers reach Teams today in %1</source>
        <translation>Heutiger Teams-Rufnummerntyp in %1</translation>
    </message>
    <message>
        <source>Account holder&apos;s name in %1</source>
        <translation>Name des Anschlussinhabers in %1</translation>
    </message>
    <message>
        <source>account holder in %1</source>
        <translation>Anschlussinhaber in %1</translation>
    </message>
    <message>
        <source>Main billing number in %1</source>
        <translation>Hauptrufnummer (Abrechnung) in %1</translation>
    </message>
    <message>
        <source>Use the earliest possible port date in %1</source>
        <translation>Frühestmögliches Portierungsdatum in %1 verwenden</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>od::ProblemPanel</name>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;To go on:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zum Fortfahren:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;step:%1&quot;&gt;%2&lt;/a&gt;: %3</source>
        <translation>&lt;a href=&quot;step:%1&quot;&gt;%2&lt;/a&gt;: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;On other pages:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Auf anderen Seiten:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>od::RecapPage</name>
    <message>
        <source>The whole order. Edit any part; Next comes back here.</source>
        <translation>Der gesamte Auftrag. Bearbeiten Sie jeden Teil; „Weiter“ führt hierher zurück.</translation>
    </message>
    <message>
        <source>ℹ This order is queued in the outbox. It will be sent to the carrier when the carrier&apos;s ordering service is reachable; nothing else is needed now.
While it waits it cannot be changed or submitted again. To change it, choose &quot;Withdraw from the outbox to edit&quot;: it goes back to the drafts with everything kept.</source>
        <translation>ℹ Dieser Auftrag liegt im Postausgang. Er wird an den Netzbetreiber gesendet, sobald dessen Bestellservice erreichbar ist; Sie müssen jetzt nichts weiter tun.
Solange er wartet, kann er weder geändert noch erneut abgesendet werden. Um ihn zu ändern, wählen Sie „Zum Bearbeiten aus dem Postausgang zurückziehen“: Er kehrt mit allen Angaben zu den Entwürfen zurück.</translation>
    </message>
    <message>
        <source>Queued in the outbox</source>
        <translation>Im Postausgang</translation>
    </message>
    <message>
        <source>Order recap</source>
        <translation>Auftragszusammenfassung</translation>
    </message>
    <message>
        <source>The whole order by country, with fees. Tab moves between the Edit links; Enter opens one.</source>
        <translation>Der gesamte Auftrag nach Land, mit Entgelten. Mit Tab wechseln Sie zwischen den Bearbeiten-Links; Eingabe öffnet einen.</translation>
    </message>
    <message>
        <source>The order as it was submitted.</source>
        <translation>Der Auftrag, wie er abgesendet wurde.</translation>
    </message>
</context>
<context>
    <name>od::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>About revisions</source>
        <translation>Über Versionen</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Each revision is a saved state of this draft (the newest %1 are kept). Restoring one keeps the current state as a revision too.</source>
        <translation>Jede Version ist ein gespeicherter Stand dieses Entwurfs (die neuesten %1 werden aufbewahrt). Beim Wiederherstellen bleibt der aktuelle Stand ebenfalls als Version erhalten.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
</context>
<context>
    <name>od::SignatoryDialog</name>
    <message>
        <source>Send for signature</source>
        <translation>Zur Unterschrift senden</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Name des Unterzeichners</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name:</source>
        <translation>&amp;Name des Unterzeichners:</translation>
    </message>
    <message>
        <source>Signatory&apos;s e-mail address</source>
        <translation>E-Mail-Adresse des Unterzeichners</translation>
    </message>
    <message>
        <source>The e-signature envelope is sent to this address</source>
        <translation>Der E-Signatur-Umschlag wird an diese Adresse gesendet</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Signatory&apos;s job title</source>
        <translation>Funktion des Unterzeichners</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>The signatory &amp;may sign for the company</source>
        <translation>Der Unterzeichner &amp;darf für die Firma unterschreiben</translation>
    </message>
    <message>
        <source>The signatory may sign for the company</source>
        <translation>Der Unterzeichner darf für die Firma unterschreiben</translation>
    </message>
    <message>
        <source>&amp;Send for signature</source>
        <translation>Zur &amp;Unterschrift senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Signatory&apos;s name: enter the name of the person who signs.</source>
        <translation>Name des Unterzeichners: Geben Sie den Namen der unterschreibenden Person ein.</translation>
    </message>
    <message>
        <source>E-mail address: enter the signatory&apos;s e-mail address; the envelope is sent there.</source>
        <translation>E-Mail-Adresse: Geben Sie die E-Mail-Adresse des Unterzeichners ein; der Umschlag wird dorthin gesendet.</translation>
    </message>
    <message>
        <source>E-mail address: &quot;%1&quot; is not a valid e-mail address; check it (name@company.com).</source>
        <translation>E-Mail-Adresse: „%1“ ist keine gültige E-Mail-Adresse; bitte prüfen (name@firma.de).</translation>
    </message>
    <message>
        <source>Job title: enter the signatory&apos;s job title.</source>
        <translation>Funktion: Geben Sie die Funktion des Unterzeichners ein.</translation>
    </message>
    <message>
        <source>May sign for the company: confirm that the signatory may sign for the company.</source>
        <translation>Darf für die Firma unterschreiben: Bestätigen Sie, dass der Unterzeichner für die Firma unterschreiben darf.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
</context>
<context>
    <name>od::SubmitPage</name>
    <message>
        <source>Send the order.</source>
        <translation>Auftrag senden.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>&amp;Preview contract</source>
        <translation>&amp;Vertrag anzeigen</translation>
    </message>
    <message>
        <source>Preview contract</source>
        <translation>Vertrag anzeigen</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Absenden</translation>
    </message>
    <message>
        <source>Submit the order</source>
        <translation>Auftrag absenden</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Name des Unterzeichners</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name</source>
        <translation>&amp;Name des Unterzeichners</translation>
    </message>
    <message>
        <source>Signatory&apos;s e-mail address</source>
        <translation>E-Mail-Adresse des Unterzeichners</translation>
    </message>
    <message>
        <source>The e-signature envelope is sent to this address</source>
        <translation>Der E-Signatur-Umschlag wird an diese Adresse gesendet</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Signatory&apos;s job title</source>
        <translation>Funktion des Unterzeichners</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>The signatory &amp;may sign for the company</source>
        <translation>Der Unterzeichner &amp;darf für die Firma unterschreiben</translation>
    </message>
    <message>
        <source>The signatory may sign for the company</source>
        <translation>Der Unterzeichner darf für die Firma unterschreiben</translation>
    </message>
    <message>
        <source>Submit to si&amp;gn</source>
        <translation>Zur &amp;Unterschrift absenden</translation>
    </message>
    <message>
        <source>Submit to sign</source>
        <translation>Zur Unterschrift absenden</translation>
    </message>
    <message>
        <source>Sends the order; the signatory receives the contract for e-signature</source>
        <translation>Sendet den Auftrag; der Unterzeichner erhält den Vertrag zur E-Signatur</translation>
    </message>
    <message>
        <source>What is missing before the order can be sent</source>
        <translation>Was fehlt, bevor der Auftrag gesendet werden kann</translation>
    </message>
    <message>
        <source>Existing numbers are kept in at least one country. Preview the contract, then submit. Afterwards, produce the porting or migration forms and get them and the contract signed.</source>
        <translation>In mindestens einem Land werden bestehende Rufnummern übernommen. Prüfen Sie den Vertrag in der Vorschau und senden Sie ihn dann ab. Erstellen Sie anschließend die Portierungs- bzw. Migrationsformulare und lassen Sie diese und den Vertrag unterschreiben.</translation>
    </message>
    <message>
        <source>Only new numbers: enter who signs for the company. &quot;Submit to sign&quot; sends them the contract for e-signature; once it is signed, the order is confirmed and handled within five working days.</source>
        <translation>Nur neue Rufnummern: Geben Sie an, wer für die Firma unterschreibt. „Zur Unterschrift absenden“ sendet dieser Person den Vertrag zur E-Signatur; nach der Unterschrift ist der Auftrag bestätigt und wird innerhalb von fünf Werktagen bearbeitet.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>ℹ Submitting puts the order in the outbox. Before it is sent, the carrier&apos;s services settle what they alone can:
%1</source>
        <translation>ℹ Mit dem Absenden kommt der Auftrag in den Postausgang. Vor dem Senden klären die Dienste des Netzbetreibers, was nur sie klären können:
%1</translation>
    </message>
    <message>
        <source>The order is queued.</source>
        <translation>Der Auftrag liegt im Postausgang.</translation>
    </message>
    <message>
        <source>Not possible yet: see what is missing below.</source>
        <translation>Noch nicht möglich: Was fehlt, sehen Sie unten.</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation>Auf dieser Seite</translation>
    </message>
    <message>
        <source>✖ %1: %2</source>
        <translation>✖ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Before the order can be sent (%n):&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>
            <numerusform>&lt;b&gt;Bevor der Auftrag gesendet werden kann (%n):&lt;/b&gt;&lt;br&gt;%1</numerusform>
            <numerusform>&lt;b&gt;Bevor der Auftrag gesendet werden kann (%n):&lt;/b&gt;&lt;br&gt;%1</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The order is not queued yet: %1</source>
        <translation>✖ Der Auftrag ist noch nicht im Postausgang: %1</translation>
    </message>
    <message>
        <source>✔ Queued: the order is in the outbox and will be sent when the carrier&apos;s ordering service is reachable. Nothing else is needed now.</source>
        <translation>✔ Im Postausgang: Der Auftrag wird gesendet, sobald der Bestellservice des Netzbetreibers erreichbar ist. Sie müssen jetzt nichts weiter tun.</translation>
    </message>
    <message>
        <source>Opens the contract the signatory receives, to read, save or print</source>
        <translation>Öffnet den Vertrag, den der Unterzeichner erhält, zum Lesen, Speichern oder Drucken</translation>
    </message>
    <message>
        <source>Preparing the contract…</source>
        <translation>Vertrag wird vorbereitet…</translation>
    </message>
    <message>
        <source>✖ The contract cannot be shown yet: %1</source>
        <translation>✖ Der Vertrag kann noch nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>⚠ The carrier sent the order back: %1</source>
        <translation>⚠ Der Netzbetreiber hat den Auftrag zurückgegeben: %1</translation>
    </message>
</context>
<context>
    <name>od::VoicePlansPage</name>
    <message>
        <source>Countries, their voice plans and users, and the OCN and BCN of each country.</source>
        <translation>Länder, ihre Sprachtarife und Benutzer sowie OCN und BCN je Land.</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Land suchen</translation>
    </message>
    <message>
        <source>Type part of a country&apos;s name or its code; Enter or Space in the list chooses it.</source>
        <translation>Geben Sie einen Teil des Ländernamens oder den Ländercode ein; Eingabe oder Leertaste in der Liste wählt das Land.</translation>
    </message>
    <message>
        <source>Type to filter: ger, fr, uk…</source>
        <translation>Zum Filtern tippen: ger, fr, uk…</translation>
    </message>
    <message>
        <source>F&amp;ind a country:</source>
        <translation>La&amp;nd suchen:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — prices in %2</source>
        <translation>%1 — Preise in %2</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Check the countries of the order with Space or Enter.</source>
        <translation>Markieren Sie die Länder des Auftrags mit Leertaste oder Eingabe.</translation>
    </message>
    <message>
        <source>C&amp;ountries:</source>
        <translation>&amp;Länder:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Choose the countries of the order in the list on the left.</source>
        <translation>Wählen Sie die Länder des Auftrags in der Liste links.</translation>
    </message>
    <message>
        <source>voice plans</source>
        <translation>Sprachtarife</translation>
    </message>
    <message>
        <source>the BCN</source>
        <translation>BCN</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>the porting details</source>
        <translation>Portierungsangaben</translation>
    </message>
    <message>
        <source>%1 was removed from the order. Its %2 are kept: Undo, or check %1 again, brings them back.</source>
        <translation>%1 wurde aus dem Auftrag entfernt. Erhalten bleiben: %2. „Rückgängig“ oder erneutes Markieren von %1 stellt sie wieder her.</translation>
    </message>
    <message>
        <source>details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No country chosen yet.</source>
        <translation>Noch kein Land gewählt.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Users of %1 in %2</source>
        <translation>Benutzer für %1 in %2</translation>
    </message>
    <message>
        <source>%1 per user / month</source>
        <translation>%1 pro Benutzer / Monat</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>OCN for %1</source>
        <translation>OCN in %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s customer number for this country.</source>
        <translation>Die Kundennummer beim Netzbetreiber für dieses Land.</translation>
    </message>
    <message>
        <source>OCN:</source>
        <translation>OCN:</translation>
    </message>
    <message>
        <source>BCN for %1</source>
        <translation>BCN in %1</translation>
    </message>
    <message>
        <source>The billing account under the OCN that pays for this country.</source>
        <translation>Das Abrechnungskonto unter der OCN, über das dieses Land abgerechnet wird.</translation>
    </message>
    <message>
        <source>B&amp;CN:</source>
        <translation>B&amp;CN:</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Included:</source>
        <translation>Enthalten:</translation>
    </message>
    <message numerus="yes">
        <source> user(s)</source>
        <translation>
            <numerusform> Benutzer</numerusform>
            <numerusform> Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>How many users get this plan. The numbers for users in a country cannot be more than the users of its plans.</source>
        <translation>Wie viele Benutzer diesen Tarif erhalten. Die Rufnummern für Benutzer in einem Land dürfen nicht mehr sein als die Benutzer seiner Tarife.</translation>
    </message>
    <message>
        <source>About %1 in %2</source>
        <translation>Über %1 in %2</translation>
    </message>
</context>
<context>
    <name>od::documentFiles</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>Dateien ersetzen</translation>
    </message>
    <message>
        <source>Files of the same name are in this folder already (%1 of %2). Replace them?</source>
        <translation>In diesem Ordner gibt es bereits Dateien mit demselben Namen (%1 von %2). Ersetzen?</translation>
    </message>
</context>
<context>
    <name>od::documents</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>od::documents::Contract</name>
    <message>
        <source>Order form and contract</source>
        <translation>Auftragsformular und Vertrag</translation>
    </message>
    <message>
        <source>Operator Connect for Microsoft Teams</source>
        <translation>Operator Connect für Microsoft Teams</translation>
    </message>
    <message>
        <source>This contract sets out the Operator Connect services for Microsoft Teams that the customer named below orders: voice plans, telephone numbers, options and fees, per country.</source>
        <translation>Dieser Vertrag legt die Operator-Connect-Leistungen für Microsoft Teams fest, die der unten genannte Kunde bestellt: Sprachtarife, Rufnummern, Optionen und Entgelte, je Land.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Entgelte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Terms and signature</source>
        <translation>Bedingungen und Unterschrift</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Auftragsreferenz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Customer number (OCN)</source>
        <translation>Kundennummer (OCN)</translation>
    </message>
    <message>
        <source>Online account</source>
        <translation>Online-Konto</translation>
    </message>
    <message>
        <source>New customer: the number is assigned on acceptance</source>
        <translation>Neukunde: Die Kundennummer wird bei Annahme vergeben</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant ID</source>
        <translation>Microsoft-Entra-Mandanten-ID</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Rechtliche Anschrift</translation>
    </message>
    <message>
        <source>Services in %1</source>
        <translation>Leistungen in %1</translation>
    </message>
    <message>
        <source>Billing account (BCN)</source>
        <translation>Abrechnungskonto (BCN)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Rufnummern</translation>
    </message>
    <message>
        <source>Existing numbers migrated</source>
        <translation>Migration bestehender Rufnummern</translation>
    </message>
    <message>
        <source>Existing numbers ported</source>
        <translation>Portierung bestehender Rufnummern</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Neue Rufnummern</translation>
    </message>
    <message>
        <source>Voice plans</source>
        <translation>Sprachtarife</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Per user and month</source>
        <translation>Pro Benutzer und Monat</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Offices and new numbers</source>
        <translation>Standorte und neue Rufnummern</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>%1 new numbers: %2 for users, %3 for resource accounts</source>
        <translation>%1 neue Rufnummern: %2 für Benutzer, %3 für Ressourcenkonten</translation>
    </message>
    <message>
        <source>area code %1</source>
        <translation>Vorwahl %1</translation>
    </message>
    <message>
        <source>No office yet.</source>
        <translation>Noch kein Standort.</translation>
    </message>
    <message>
        <source>Numbers migrated</source>
        <translation>Migrierte Rufnummern</translation>
    </message>
    <message>
        <source>Numbers ported</source>
        <translation>Portierte Rufnummern</translation>
    </message>
    <message>
        <source>Current provider</source>
        <translation>Aktueller Anbieter</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Abgebender Anbieter</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Wunschtermin</translation>
    </message>
    <message>
        <source>Number or range</source>
        <translation>Rufnummer oder Rufnummernblock</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Anrufweiterleitung</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>Configured, to %1</source>
        <translation>Eingerichtet, an %1</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Screening (the network checks the presented number)</source>
        <translation>Screening (das Netz prüft die angezeigte Rufnummer)</translation>
    </message>
    <message>
        <source>No screening</source>
        <translation>Kein Screening</translation>
    </message>
    <message>
        <source>Presentation number %1</source>
        <translation>Angezeigte Rufnummer %1</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Automatische Telefonzentralen</translation>
    </message>
    <message>
        <source>Call queues</source>
        <translation>Anrufwarteschleifen</translation>
    </message>
    <message>
        <source>Fees in %1</source>
        <translation>Entgelte in %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Summe in %1</translation>
    </message>
    <message>
        <source>No fees.</source>
        <translation>Keine Entgelte.</translation>
    </message>
    <message>
        <source>Prices exclude VAT. Monthly fees are billed from the date the numbers are active; one-off fees with the first invoice.</source>
        <translation>Alle Preise verstehen sich zzgl. gesetzlicher Umsatzsteuer. Monatliche Entgelte werden ab dem Tag der Aktivierung der Rufnummern berechnet, einmalige Entgelte mit der ersten Rechnung.</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Auftragskontakt</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Ansprechpartner des Kunden</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>The customer orders the services above at the prices shown. New numbers are activated, and monthly fees start, within five working days of the signed contract. Ported and migrated numbers move on the date the losing carrier confirms, which may differ from the requested date.</source>
        <translation>Der Kunde bestellt die oben aufgeführten Leistungen zu den angegebenen Preisen. Neue Rufnummern werden innerhalb von fünf Werktagen nach Eingang des unterschriebenen Vertrags aktiviert; ab diesem Zeitpunkt werden die monatlichen Entgelte berechnet. Portierte und migrierte Rufnummern werden zu dem vom abgebenden Anbieter bestätigten Termin übernommen, der vom Wunschtermin abweichen kann.</translation>
    </message>
    <message>
        <source>Numbers are ported or migrated on the strength of the signed letters of authorisation that accompany this contract.</source>
        <translation>Die Portierung bzw. Migration der Rufnummern erfolgt auf Grundlage der unterschriebenen Portierungsaufträge, die diesem Vertrag beiliegen.</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>Unterschrieben für</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Datum der Unterschrift</translation>
    </message>
    <message>
        <source>The signatory confirms being authorised to sign for the customer.</source>
        <translation>Der Unterzeichner bestätigt, zur Unterschrift für den Kunden berechtigt zu sein.</translation>
    </message>
    <message>
        <source>The order has no country: choose at least one country and its voice plans first.</source>
        <translation>Der Auftrag enthält kein Land: Wählen Sie zuerst mindestens ein Land und dessen Sprachtarife.</translation>
    </message>
    <message>
        <source>The contract template is missing from this build.</source>
        <translation>Die Vertragsvorlage fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>od::documents::PortingForm</name>
    <message>
        <source>Letter of authorisation — %1 (form %2 of %3)</source>
        <translation>Portierungsauftrag — %1 (Formular %2 von %3)</translation>
    </message>
    <message>
        <source>Letter of authorisation — %1</source>
        <translation>Portierungsauftrag — %1</translation>
    </message>
    <message>
        <source>Form %1 of %2</source>
        <translation>Formular %1 von %2</translation>
    </message>
    <message>
        <source>Migration of Microsoft Teams numbers to Operator Connect</source>
        <translation>Migration von Microsoft-Teams-Rufnummern zu Operator Connect</translation>
    </message>
    <message>
        <source>Porting of numbers to Operator Connect for Microsoft Teams</source>
        <translation>Portierung von Rufnummern zu Operator Connect für Microsoft Teams</translation>
    </message>
    <message>
        <source>The account holder below asks to move the numbers listed on this form, which it already uses in Microsoft Teams, to Operator Connect.</source>
        <translation>Der unten genannte Anschlussinhaber beauftragt die Übernahme der auf diesem Formular aufgeführten Rufnummern, die er bereits in Microsoft Teams nutzt, zu Operator Connect.</translation>
    </message>
    <message>
        <source>The account holder below asks to move the numbers listed on this form from its current carrier to Operator Connect for Microsoft Teams.</source>
        <translation>Der unten genannte Anschlussinhaber beauftragt die Übernahme der auf diesem Formular aufgeführten Rufnummern von seinem aktuellen Anbieter zu Operator Connect für Microsoft Teams.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Anschlussinhaber</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Rufnummern</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Vollmacht</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Auftragsreferenz</translation>
    </message>
    <message>
        <source>OCN %1</source>
        <translation>OCN %1</translation>
    </message>
    <message>
        <source>Microsoft Calling Plan</source>
        <translation>Microsoft Calling Plan</translation>
    </message>
    <message>
        <source>Direct Routing</source>
        <translation>Direct Routing</translation>
    </message>
    <message>
        <source>Operator Connect (another operator)</source>
        <translation>Operator Connect (anderer Anbieter)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Numbers in Teams today</source>
        <translation>Rufnummern heute in Teams</translation>
    </message>
    <message>
        <source>Current provider</source>
        <translation>Aktueller Anbieter</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portierung</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Abgebender Anbieter</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Wunschtermin</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <source>%1 to %2 working days, depending on the numbers</source>
        <translation>%1 bis %2 Werktage, je nach Rufnummern</translation>
    </message>
    <message>
        <source>at least %1 working days</source>
        <translation>mindestens %1 Werktage</translation>
    </message>
    <message>
        <source>Form valid for</source>
        <translation>Formular gültig für</translation>
    </message>
    <message>
        <source>%1 months after signature</source>
        <translation>%1 Monate ab Unterschrift</translation>
    </message>
    <message>
        <source>Main billing number</source>
        <translation>Hauptrufnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>National form</source>
        <translation>Nationales Format</translation>
    </message>
    <message>
        <source>International form (E.164)</source>
        <translation>Internationales Format (E.164)</translation>
    </message>
    <message>
        <source>Total numbers on this form</source>
        <translation>Rufnummern auf diesem Formular insgesamt</translation>
    </message>
    <message>
        <source>Details required in %1</source>
        <translation>In %1 erforderliche Angaben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>the current carrier</source>
        <translation>dem aktuellen Anbieter</translation>
    </message>
    <message>
        <source>%1, the holder of the numbers listed on this form, authorises their transfer from %2 to Operator Connect for Microsoft Teams under order %3, and the end of the service with %2 for these numbers on the day they move. The signatory confirms being authorised to sign for the account holder.</source>
        <translation>%1, Inhaber der auf diesem Formular aufgeführten Rufnummern, beauftragt deren Übernahme von %2 zu Operator Connect für Microsoft Teams im Rahmen des Auftrags %3 sowie die Beendigung des Dienstes bei %2 für diese Rufnummern am Tag der Übernahme. Der Unterzeichner bestätigt, zur Unterschrift für den Anschlussinhaber berechtigt zu sein.</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Datum der Unterschrift</translation>
    </message>
    <message>
        <source>Company stamp</source>
        <translation>Firmenstempel</translation>
    </message>
    <message>
        <source>The order has no country %1 to fill a porting form for.</source>
        <translation>Der Auftrag enthält kein Land %1, für das ein Portierungsformular ausgefüllt werden könnte.</translation>
    </message>
    <message>
        <source>The porting form template is missing from this build.</source>
        <translation>Die Vorlage für das Portierungsformular fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>od::sync::Authenticator</name>
    <message>
        <source>Signing in took too long. Try again.</source>
        <translation>Die Anmeldung hat zu lange gedauert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error (HTTP %1). Try again later.</source>
        <translation>Der Anmeldedienst hat mit einem Fehler geantwortet (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached. Check the network connection and try again.</source>
        <translation>Der Anmeldedienst ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Signing in needs a local port to receive the answer, and none could be opened. Try again.</source>
        <translation>Für die Anmeldung wird ein lokaler Port für die Antwort benötigt, es konnte aber keiner geöffnet werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Order Desk is signed in. You can close this window.</source>
        <translation>Order Desk ist angemeldet. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Signing in was refused (%1). Try again, or ask an administrator to check your access.</source>
        <translation>Die Anmeldung wurde abgelehnt (%1). Versuchen Sie es erneut oder bitten Sie einen Administrator, Ihren Zugang zu prüfen.</translation>
    </message>
    <message>
        <source>Signing in failed. Try again.</source>
        <translation>Die Anmeldung ist fehlgeschlagen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in service refused the sign-in (HTTP %1). Try again.</source>
        <translation>Der Anmeldedienst hat die Anmeldung abgelehnt (HTTP %1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You signed out of the carrier&apos;s services: nothing is sent until you sign in again (File menu).</source>
        <translation>Sie haben sich von den Diensten des Netzbetreibers abgemeldet: Bis zur erneuten Anmeldung wird nichts gesendet (Menü „Datei“).</translation>
    </message>
</context>
</TS>
