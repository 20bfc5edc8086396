<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AppOptions</name>
    <message>
        <source>Order Desk: fill Microsoft Teams Operator Connect orders.</source>
        <translation>Order Desk: orders voor Microsoft Teams Operator Connect invullen.</translation>
    </message>
    <message>
        <source>Keep drafts in &lt;dir&gt; (default: $ORDERDESK_DATA_DIR, else the user&apos;s application data folder).</source>
        <translation>Concepten bewaren in &lt;dir&gt; (standaard: $ORDERDESK_DATA_DIR, anders de map met toepassingsgegevens van de gebruiker).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use the product catalog in &lt;file&gt; instead of the bundled one.</source>
        <translation>De productcatalogus in &lt;file&gt; gebruiken in plaats van de meegeleverde catalogus.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Show the app in &lt;lang&gt; (en, de, ...) instead of the system language.</source>
        <translation>De app in &lt;lang&gt; (en, de, ...) tonen in plaats van in de systeemtaal.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Probeer --help.</translation>
    </message>
    <message>
        <source>Unknown argument: %1. Try --help.</source>
        <translation>Onbekend argument: %1. Probeer --help.</translation>
    </message>
    <message>
        <source>Send to the carrier&apos;s services and the e-signature service at &lt;url&gt; (all of them; HTTPS, or HTTP to this computer). Default: $ORDERDESK_UPSTREAM, then the settings.</source>
        <translation>Verzenden naar de services van de operator en de dienst voor elektronische ondertekening op &lt;url&gt; (alle services; HTTPS, of HTTP naar deze computer). Standaard: $ORDERDESK_UPSTREAM, daarna de instellingen.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>--upstream needs a web address such as https://carrier.example or http://127.0.0.1:8080, not &quot;%1&quot;.</source>
        <translation>--upstream vereist een webadres zoals https://carrier.example of http://127.0.0.1:8080, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Commands (no window; DRAFT.json is a draft exported from Order Desk):
  contract DRAFT.json -o FILE.pdf      Write the order&apos;s contract as a PDF.
  porting-forms DRAFT.json -o FOLDER   Write its porting forms (letters of
                                       authorisation) as PDFs into FOLDER.
They exit with 0 when done, 1 when the draft or the output is the problem,
and 2 when the command line is.</source>
        <translation>Opdrachten (geen venster; DRAFT.json: een concept geëxporteerd uit Order Desk):
  contract DRAFT.json -o FILE.pdf      Schrijft het contract als PDF.
  porting-forms DRAFT.json -o FOLDER   Schrijft de porteringsformulieren
                                       (machtigingen) als PDF&apos;s in FOLDER.
Exitcode 0 als het gelukt is, 1 bij een probleem met het concept of de uitvoer,
2 bij een probleem met de opdrachtregel.</translation>
    </message>
    <message>
        <source>The commands: write to &lt;path&gt; (contract: the PDF file; porting-forms: the folder, created when missing).</source>
        <translation>Voor de opdrachten: schrijven naar &lt;path&gt; (contract: het PDF-bestand; porting-forms: de map, die wordt aangemaakt als die ontbreekt).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>contract or porting-forms (see above).</source>
        <translation>contract of porting-forms (zie hierboven).</translation>
    </message>
    <message>
        <source>%1 needs the exported draft to read: %2</source>
        <translation>%1 vereist het geëxporteerde concept als invoer: %2</translation>
    </message>
    <message>
        <source>Unknown argument: %1. Usage: %2</source>
        <translation>Onbekend argument: %1. Gebruik: %2</translation>
    </message>
    <message>
        <source>%1 needs -o, where to write %2: %3</source>
        <translation>%1 vereist -o met de bestemming voor %2: %3</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>de PDF</translation>
    </message>
    <message>
        <source>the forms (a folder)</source>
        <translation>de formulieren (een map)</translation>
    </message>
    <message>
        <source>-o belongs to the contract and porting-forms commands. Try --help.</source>
        <translation>-o hoort bij de opdrachten contract en porting-forms. Probeer --help.</translation>
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
        <translation>true of false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation>moet %1 zijn, gevonden: %2</translation>
    </message>
    <message>
        <source>unknown key (check the spelling)</source>
        <translation>onbekende sleutel (controleer de spelling)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>must be a whole number, found %1</source>
        <translation>moet een geheel getal zijn, gevonden: %1</translation>
    </message>
    <message>
        <source>must be ≥ 0</source>
        <translation>moet ≥ 0 zijn</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>mag hoogstens %1 zijn</translation>
    </message>
    <message>
        <source>must list at least one country</source>
        <translation>moet minstens één land bevatten</translation>
    </message>
    <message>
        <source>%1 is already listed as %2</source>
        <translation>%1 staat al vermeld als %2</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 wordt al gebruikt door %2</translation>
    </message>
    <message>
        <source>%1 is not a country of the Operator Connect footprint</source>
        <translation>%1 is geen land binnen het Operator Connect-dekkingsgebied</translation>
    </message>
    <message>
        <source>%1 is not a country code: use two upper-case letters (ISO 3166-1 alpha-2), such as &quot;DE&quot;</source>
        <translation>%1 is geen landcode: gebruik twee hoofdletters (ISO 3166-1 alpha-2), zoals &quot;DE&quot;</translation>
    </message>
    <message>
        <source>%1 is not a currency code: use three upper-case letters (ISO 4217), such as &quot;EUR&quot;</source>
        <translation>%1 is geen valutacode: gebruik drie hoofdletters (ISO 4217), zoals &quot;EUR&quot;</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency in use</source>
        <translation>%1 is geen gangbare ISO 4217-valuta</translation>
    </message>
    <message>
        <source>must list at least one voice plan</source>
        <translation>moet minstens één spraakabonnement bevatten</translation>
    </message>
    <message>
        <source>unknown CLIP mode %1 (use &quot;screening&quot;, &quot;noScreening&quot; or &quot;presentationNumber&quot;)</source>
        <translation>onbekende CLIP-modus %1 (gebruik &quot;screening&quot;, &quot;noScreening&quot; of &quot;presentationNumber&quot;)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 staat er twee keer in</translation>
    </message>
    <message>
        <source>must contain &quot;screening&quot;, the default CLIP mode</source>
        <translation>moet &quot;screening&quot; bevatten, de standaard-CLIP-modus</translation>
    </message>
    <message>
        <source>must be 0 (fixed lead time) or at least leadTimeDays (%1)</source>
        <translation>moet 0 (vaste doorlooptijd) of minstens leadTimeDays (%1) zijn</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1 at offset %2</source>
        <translation>geen geldige reguliere expressie: %1 op positie %2</translation>
    </message>
    <message>
        <source>unknown checksum %1 (use &quot;luhn&quot;, &quot;siret&quot;, &quot;nif&quot;, &quot;codiceFiscale&quot;, &quot;itVat&quot; or &quot;&quot;)</source>
        <translation>onbekende controlesom %1 (gebruik &quot;luhn&quot;, &quot;siret&quot;, &quot;nif&quot;, &quot;codiceFiscale&quot;, &quot;itVat&quot; of &quot;&quot;)</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON: %1 at offset %2 (line %3, column %4)</source>
        <translation>De catalogus is geen geldige JSON: %1 op positie %2 (regel %3, kolom %4)</translation>
    </message>
    <message>
        <source>The catalog must be a JSON object with &quot;countries&quot;.</source>
        <translation>De catalogus moet een JSON-object met &quot;countries&quot; zijn.</translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>De catalogus %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The bundled catalog is missing from this build (:/catalog.json); link orderdesk_resources.</source>
        <translation>De meegeleverde catalogus ontbreekt in deze build (:/catalog.json); link orderdesk_resources.</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>office %1</source>
        <translation>vestiging %1</translation>
    </message>
    <message>
        <source>Setup: %1</source>
        <translation>Inrichting: %1</translation>
    </message>
    <message>
        <source>Migration of existing numbers</source>
        <translation>Migratie van bestaande nummers</translation>
    </message>
    <message>
        <source>Porting of existing numbers</source>
        <translation>Portering van bestaande nummers</translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation>Installatie: %1</translation>
    </message>
    <message>
        <source>Activation of new numbers: %1</source>
        <translation>Activering van nieuwe nummers: %1</translation>
    </message>
    <message>
        <source>Call forwarding configuration</source>
        <translation>Configuratie doorschakeling</translation>
    </message>
    <message>
        <source>CLIP configuration</source>
        <translation>Configuratie CLIP</translation>
    </message>
    <message>
        <source>Auto attendant configuration</source>
        <translation>Configuratie automatische telefoniste</translation>
    </message>
    <message>
        <source>Call queue configuration</source>
        <translation>Configuratie oproepwachtrij</translation>
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
        <translation>true of false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(document)</translation>
    </message>
    <message>
        <source>unknown field; this version of Order Desk does not know it, and would lose it</source>
        <translation>onbekend veld; deze versie van Order Desk kent het niet en zou het verliezen</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>verwacht: %1, gevonden: %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>verwacht: een geheel getal, gevonden: %1</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>een datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is geen datum; verwacht: JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation>een datum en tijd (ISO 8601)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; expected ISO 8601, e.g. 2026-12-03T09:30:00Z</source>
        <translation>&quot;%1&quot; is geen datum en tijd; verwacht: ISO 8601, bijv. 2026-12-03T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone; expected ISO 8601 with Z or an offset, e.g. 2026-12-03T09:30:00Z</source>
        <translation>&quot;%1&quot; heeft geen tijdzone; verwacht: ISO 8601 met Z of een verschuiving, bijv. 2026-12-03T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; is niet een van %2</translation>
    </message>
    <message>
        <source>needs both latitude and longitude</source>
        <translation>vereist zowel breedtegraad als lengtegraad</translation>
    </message>
    <message>
        <source>latitude must lie within ±90 and longitude within ±180</source>
        <translation>de breedtegraad moet binnen ±90 liggen en de lengtegraad binnen ±180</translation>
    </message>
    <message>
        <source>not a valid order document: %1 at character %2</source>
        <translation>geen geldig orderdocument: %1 bij teken %2</translation>
    </message>
    <message>
        <source>not a valid order document: expected a JSON object</source>
        <translation>geen geldig orderdocument: JSON-object verwacht</translation>
    </message>
    <message>
        <source>missing; this is not an Order Desk order document</source>
        <translation>ontbreekt; dit is geen orderdocument van Order Desk</translation>
    </message>
    <message>
        <source>this order was saved by a newer version of Order Desk (schema %1; this version reads up to %2). Update Order Desk to open it.</source>
        <translation>deze order is opgeslagen met een nieuwere versie van Order Desk (schema %1; deze versie leest tot en met %2). Werk Order Desk bij om de order te openen.</translation>
    </message>
    <message>
        <source>%1 is not a schema version</source>
        <translation>%1 is geen schemaversie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of the order</source>
        <translation>&quot;%1&quot; is geen stap van de order</translation>
    </message>
    <message>
        <source>missing; every order keeps the reference it was created with</source>
        <translation>ontbreekt; elke order behoudt de referentie waarmee deze is aangemaakt</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>No phone number: enter it in national form or with the country code (+…).</source>
        <translation>Geen telefoonnummer: voer het in nationale notatie in, of met de landcode (+…).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use only digits, spaces and a leading + for the country code.</source>
        <translation>“%1” is geen telefoonnummer: gebruik alleen cijfers, spaties en een + vooraan voor de landcode.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: it contains no digits.</source>
        <translation>“%1” is geen telefoonnummer: het bevat geen cijfers.</translation>
    </message>
    <message>
        <source>Unknown country code: check the digits after + or 00.</source>
        <translation>Onbekende landcode: controleer de cijfers na + of 00.</translation>
    </message>
    <message>
        <source>No country for a national number: enter it with the country code (+…).</source>
        <translation>Geen land bij een nationaal nummer: voer het in met de landcode (+…).</translation>
    </message>
    <message>
        <source>The number is too short: check that no digits are missing.</source>
        <translation>Het nummer is te kort: controleer of er geen cijfers ontbreken.</translation>
    </message>
    <message>
        <source>The number is too long: check for extra digits.</source>
        <translation>Het nummer is te lang: controleer of er geen cijfers te veel staan.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” is geen telefoonnummer.</translation>
    </message>
    <message>
        <source>The number is too short for %1: check that no digits are missing.</source>
        <translation>Het nummer is te kort voor %1: controleer of er geen cijfers ontbreken.</translation>
    </message>
    <message>
        <source>The number is too long for %1: check for extra digits.</source>
        <translation>Het nummer is te lang voor %1: controleer of er geen cijfers te veel staan.</translation>
    </message>
    <message>
        <source>Not a valid number in %1: check the area code and the number of digits.</source>
        <translation>Geen geldig nummer in %1: controleer het netnummer en het aantal cijfers.</translation>
    </message>
    <message>
        <source>The number belongs to %1, not to %2: enter a number of %2 or choose another country.</source>
        <translation>Het nummer hoort bij %1, niet bij %2: voer een nummer uit %2 in of kies een ander land.</translation>
    </message>
    <message>
        <source>The range has no last number: write it after the separator, e.g. “… to 5699”.</source>
        <translation>De reeks heeft geen laatste nummer: zet het na het scheidingsteken, bijv. “… tot 5699”.</translation>
    </message>
    <message>
        <source>First number of the range: %1</source>
        <translation>Eerste nummer van de reeks: %1</translation>
    </message>
    <message>
        <source>Last number of the range: %1</source>
        <translation>Laatste nummer van de reeks: %1</translation>
    </message>
    <message>
        <source>The first and last numbers of the range have different lengths (%1 and %2 digits): write both ends in full.</source>
        <translation>Het eerste en het laatste nummer van de reeks zijn niet even lang (%1 en %2 cijfers): schrijf beide uiteinden voluit.</translation>
    </message>
    <message>
        <source>The range ends (%2) before it starts (%1): put the lower number first.</source>
        <translation>De reeks eindigt (%2) voordat deze begint (%1): zet het laagste nummer eerst.</translation>
    </message>
    <message>
        <source>The range has %1 numbers; at most %2 are allowed: split it into smaller ranges.</source>
        <translation>De reeks bevat %1 nummers; maximaal %2 zijn toegestaan: splits de reeks op in kleinere reeksen.</translation>
    </message>
</context>
<context>
    <name>PortingNumbers</name>
    <message>
        <source>not a number or a range</source>
        <translation>geen nummer of reeks</translation>
    </message>
    <message>
        <source>Line %1 is a header (&quot;%2&quot;); skipped.</source>
        <translation>Regel %1 is een kopregel (&quot;%2&quot;); overgeslagen.</translation>
    </message>
    <message>
        <source>Line %1 has no number in column %2; skipped: %3</source>
        <translation>Regel %1 bevat geen nummer in kolom %2; overgeslagen: %3</translation>
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
        <translation>De productcatalogus kan niet worden gebruikt:
%1</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Choose another one with --data-dir.</source>
        <translation>De gegevensmap %1 kan niet worden aangemaakt. Kies een andere map met --data-dir.</translation>
    </message>
    <message>
        <source>Order Desk could not restart: start it again.</source>
        <translation>Order Desk kon niet opnieuw worden gestart: start het zelf opnieuw.</translation>
    </message>
</context>
<context>
    <name>RecapWriter</name>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Order %1 for %2</source>
        <translation>Order %1 voor %2</translation>
    </message>
    <message>
        <source>Countries: %1. Existing numbers are kept in at least one country: the contract is previewed and submitted, then the porting forms are signed.</source>
        <translation>Landen: %1. In minstens één land blijven bestaande nummers behouden: het contract wordt bekeken en ingediend, daarna worden de porteringsformulieren ondertekend.</translation>
    </message>
    <message>
        <source>Countries: %1. New numbers only: the signatory signs the contract electronically.</source>
        <translation>Landen: %1. Alleen nieuwe nummers: de ondertekenaar ondertekent het contract elektronisch.</translation>
    </message>
    <message>
        <source>ℹ Queued in the outbox: the order is sent when the carrier&apos;s ordering service is reachable.</source>
        <translation>ℹ In het postvak UIT: de order wordt verzonden zodra de orderservice van de operator bereikbaar is.</translation>
    </message>
    <message>
        <source>✔ The order is complete: it can be submitted on the next page.</source>
        <translation>✔ De order is volledig: u kunt deze op de volgende pagina indienen.</translation>
    </message>
    <message>
        <source>✔ The order can be submitted on the next page.</source>
        <translation>✔ De order kan op de volgende pagina worden ingediend.</translation>
    </message>
    <message>
        <source>✖ Still to do before the order can be submitted (%1):</source>
        <translation>✖ Nog te doen voordat de order kan worden ingediend (%1):</translation>
    </message>
    <message>
        <source>ℹ Before it is sent, the carrier&apos;s services settle (%1):</source>
        <translation>ℹ Vóór verzending regelen de services van de operator nog het volgende (%1):</translation>
    </message>
    <message>
        <source>✎ Edit customer</source>
        <translation>✎ Klant bewerken</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Geïdentificeerd via</translation>
    </message>
    <message>
        <source>OCN and account e-mail</source>
        <translation>OCN en account-e-mailadres</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>OCN</source>
        <translation>OCN</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>Account-e-mailadres</translation>
    </message>
    <message>
        <source>Online account</source>
        <translation>Online account</translation>
    </message>
    <message>
        <source>Online account id</source>
        <translation>ID online account</translation>
    </message>
    <message>
        <source>Not yet a customer (prospect order)</source>
        <translation>Nog geen klant (prospectorder)</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Juridisch adres</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Account check</source>
        <translation>Accountcontrole</translation>
    </message>
    <message>
        <source>✔ verified by the carrier</source>
        <translation>✔ geverifieerd door de operator</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>nog niet geverifieerd</translation>
    </message>
    <message>
        <source>Microsoft tenant ID</source>
        <translation>Microsoft-tenant-ID</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Voice plans, OCN and BCN</source>
        <translation>Spraakabonnementen, OCN en BCN</translation>
    </message>
    <message>
        <source>✎ Edit voice plans of %1</source>
        <translation>✎ Spraakabonnementen voor %1 bewerken</translation>
    </message>
    <message>
        <source>BCN</source>
        <translation>BCN</translation>
    </message>
    <message>
        <source>No voice plan chosen.</source>
        <translation>Geen spraakabonnement gekozen.</translation>
    </message>
    <message>
        <source>Voice plan</source>
        <translation>Spraakabonnement</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Per user and month</source>
        <translation>Per gebruiker per maand</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Existing numbers: migration</source>
        <translation>Bestaande nummers: migratie</translation>
    </message>
    <message>
        <source>Existing numbers: port</source>
        <translation>Bestaande nummers: portering</translation>
    </message>
    <message>
        <source>✎ Edit the numbers kept in %1</source>
        <translation>✎ Behouden nummers in %1 bewerken</translation>
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
        <translation>Operator Connect (andere operator)</translation>
    </message>
    <message>
        <source>In Teams today</source>
        <translation>Nu in Teams</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Afgevende operator</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Abonnementhouder</translation>
    </message>
    <message>
        <source>Account holder&apos;s address</source>
        <translation>Adres van de abonnementhouder</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummers</translation>
    </message>
    <message>
        <source>%1 in total (single numbers: %2, DDI ranges: %3)</source>
        <translation>%1 in totaal (losse nummers: %2, nummerreeksen: %3)</translation>
    </message>
    <message>
        <source>Main billing number</source>
        <translation>Hoofdnummer</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Gewenste datum</translation>
    </message>
    <message>
        <source>Offices and new numbers</source>
        <translation>Vestigingen en nieuwe nummers</translation>
    </message>
    <message>
        <source>✎ Edit offices of %1</source>
        <translation>✎ Vestigingen in %1 bewerken</translation>
    </message>
    <message>
        <source>No office yet.</source>
        <translation>Nog geen vestiging.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Address check</source>
        <translation>Adrescontrole</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Netnummer</translation>
    </message>
    <message>
        <source>For users</source>
        <translation>Voor gebruikers</translation>
    </message>
    <message>
        <source>For resource accounts</source>
        <translation>Voor resourceaccounts</translation>
    </message>
    <message>
        <source>Reserved numbers</source>
        <translation>Gereserveerde nummers</translation>
    </message>
    <message>
        <source>✔ validated</source>
        <translation>✔ gevalideerd</translation>
    </message>
    <message>
        <source>queued, waiting for the address service</source>
        <translation>in afwachting van de adresservice</translation>
    </message>
    <message>
        <source>not validated: press Validate</source>
        <translation>niet gevalideerd: klik op &quot;Adres valideren&quot;</translation>
    </message>
    <message>
        <source>✖ not confirmed by the address service</source>
        <translation>✖ niet bevestigd door de adresservice</translation>
    </message>
    <message>
        <source>queued, waiting for the number service</source>
        <translation>in afwachting van de nummerservice</translation>
    </message>
    <message>
        <source>not reserved: press Reserve</source>
        <translation>niet gereserveerd: klik op &quot;Nummers reserveren&quot;</translation>
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
        <translation>Aanvullende diensten</translation>
    </message>
    <message>
        <source>✎ Edit the services of %1</source>
        <translation>✎ Diensten in %1 bewerken</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Doorschakeling</translation>
    </message>
    <message>
        <source>on, to %1</source>
        <translation>aan, naar %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>CLIP screening (default)</source>
        <translation>CLIP-screening (standaard)</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP zonder screening</translation>
    </message>
    <message>
        <source>presentation number %1</source>
        <translation>presentatienummer %1</translation>
    </message>
    <message>
        <source>Caller ID (CLIP)</source>
        <translation>Nummerweergave (CLIP)</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Automatische telefonistes</translation>
    </message>
    <message>
        <source>Call queues</source>
        <translation>Oproepwachtrijen</translation>
    </message>
    <message>
        <source>✎ Edit contacts</source>
        <translation>✎ Contactpersonen bewerken</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Contactpersoon voor de order</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technische contactpersoon</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Juridisch bedrijfsadres</translation>
    </message>
    <message>
        <source>✔ confirmed by the customer</source>
        <translation>✔ bevestigd door de klant</translation>
    </message>
    <message>
        <source>not confirmed by the customer yet</source>
        <translation>nog niet bevestigd door de klant</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>No fees yet.</source>
        <translation>Nog geen kosten.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Totalen per valuta</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Monthly fees are per month from activation; one-off fees are charged once. Currencies are not converted.</source>
        <translation>Maandelijkse kosten gelden per maand vanaf de activering; eenmalige kosten worden één keer in rekening gebracht. Bedragen in verschillende valuta worden niet omgerekend.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1: the presentation number is not valid: %2</source>
        <translation>%1: het presentatienummer is niet geldig: %2</translation>
    </message>
    <message>
        <source>%1: the presentation number is not stored in international form; retype it.</source>
        <translation>%1: het presentatienummer is niet in internationale notatie opgeslagen; voer het opnieuw in.</translation>
    </message>
    <message>
        <source>%1: the call forwarding number is not valid: %2</source>
        <translation>%1: het doorschakelnummer is niet geldig: %2</translation>
    </message>
    <message>
        <source>%1: the call forwarding number is not stored in international form; retype it.</source>
        <translation>%1: het doorschakelnummer is niet in internationale notatie opgeslagen; voer het opnieuw in.</translation>
    </message>
    <message>
        <source>%1: enter the %2.</source>
        <translation>%1: vul %2 in.</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>de bedrijfsnaam</translation>
    </message>
    <message>
        <source>street</source>
        <translation>de straat</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>de postcode</translation>
    </message>
    <message>
        <source>city</source>
        <translation>de plaats</translation>
    </message>
    <message>
        <source>country</source>
        <translation>het land</translation>
    </message>
    <message>
        <source>Enter the e-mail address of %1.</source>
        <translation>Vul het e-mailadres van %1 in.</translation>
    </message>
    <message>
        <source>The e-mail address of %1 is not valid: check it (name@company.com).</source>
        <translation>Het e-mailadres van %1 is niet geldig: controleer het (naam@bedrijf.nl).</translation>
    </message>
    <message>
        <source>Enter the phone number of %1.</source>
        <translation>Vul het telefoonnummer van %1 in.</translation>
    </message>
    <message>
        <source>The phone number of %1 is not valid: %2</source>
        <translation>Het telefoonnummer van %1 is niet geldig: %2</translation>
    </message>
    <message>
        <source>The phone number of %1 is not stored in international form; retype it.</source>
        <translation>Het telefoonnummer van %1 is niet in internationale notatie opgeslagen; voer het opnieuw in.</translation>
    </message>
    <message>
        <source>Enter the name of %1.</source>
        <translation>Vul de naam van %1 in.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s OCN (customer number).</source>
        <translation>Vul de OCN (klantnummer) van de klant in.</translation>
    </message>
    <message>
        <source>The OCN has 4 to 12 digits and nothing else: check it.</source>
        <translation>De OCN bestaat uit 4 tot 12 cijfers en niets anders: controleer deze.</translation>
    </message>
    <message>
        <source>the customer account (the address on that OCN)</source>
        <translation>het klantaccount (het adres bij die OCN)</translation>
    </message>
    <message>
        <source>The customer is not verified yet: the OCN and e-mail address are checked with the carrier before the order is sent.</source>
        <translation>De klant is nog niet geverifieerd: de OCN en het e-mailadres worden bij de operator gecontroleerd voordat de order wordt verzonden.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s online account id.</source>
        <translation>Vul de ID van het online account van de klant in.</translation>
    </message>
    <message>
        <source>The online account is not verified yet: it is checked with the carrier before the order is sent.</source>
        <translation>Het online account is nog niet geverifieerd: het wordt bij de operator gecontroleerd voordat de order wordt verzonden.</translation>
    </message>
    <message>
        <source>Enter the prospect&apos;s company name.</source>
        <translation>Vul de bedrijfsnaam van de prospect in.</translation>
    </message>
    <message>
        <source>Legal address of the prospect</source>
        <translation>Juridisch adres van de prospect</translation>
    </message>
    <message>
        <source>the prospect&apos;s contact</source>
        <translation>de contactpersoon van de prospect</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s Microsoft tenant ID (a GUID, from the Microsoft Entra admin center).</source>
        <translation>Vul de Microsoft-tenant-ID van de klant in (een GUID uit het Microsoft Entra-beheercentrum).</translation>
    </message>
    <message>
        <source>The tenant ID is not a GUID: it looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Paste it again from the Microsoft Entra admin center.</source>
        <translation>De tenant-ID is geen GUID: deze ziet eruit als xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Plak de ID opnieuw uit het Microsoft Entra-beheercentrum.</translation>
    </message>
    <message>
        <source>The tenant ID is all zeros, a placeholder and no tenant: paste the real one from the Microsoft Entra admin center.</source>
        <translation>De tenant-ID bestaat alleen uit nullen: dat is een tijdelijke aanduiding en geen tenant. Plak de echte ID uit het Microsoft Entra-beheercentrum.</translation>
    </message>
    <message>
        <source>Choose at least one country.</source>
        <translation>Kies minstens één land.</translation>
    </message>
    <message>
        <source>%1 is not a country of the catalog: remove it.</source>
        <translation>%1 is geen land uit de catalogus: verwijder het.</translation>
    </message>
    <message>
        <source>%1: the country is in the order twice; remove one.</source>
        <translation>%1: het land staat twee keer in de order; verwijder er één.</translation>
    </message>
    <message>
        <source>Choose at least one voice plan for %1.</source>
        <translation>Kies minstens één spraakabonnement voor %1.</translation>
    </message>
    <message>
        <source>The voice plan &quot;%1&quot; is not offered in %2: choose another.</source>
        <translation>Het spraakabonnement &quot;%1&quot; wordt niet aangeboden in %2: kies een ander abonnement.</translation>
    </message>
    <message>
        <source>%1 is chosen twice for %2: add the users to one line.</source>
        <translation>%1 is twee keer gekozen voor %2: zet de gebruikers op één regel.</translation>
    </message>
    <message>
        <source>%1 in %2: enter how many users (at least 1), or remove the plan.</source>
        <translation>%1 in %2: vul het aantal gebruikers in (minstens 1), of verwijder het abonnement.</translation>
    </message>
    <message>
        <source>Choose the OCN (customer number) for %1.</source>
        <translation>Kies de OCN (klantnummer) voor %1.</translation>
    </message>
    <message>
        <source>Choose the BCN (billing account) for %1.</source>
        <translation>Kies de BCN (factuuraccount) voor %1.</translation>
    </message>
    <message>
        <source>%1: choose how the numbers reach Teams today (Calling Plan, Direct Routing or another Operator Connect operator).</source>
        <translation>%1: kies hoe de nummers nu aan Teams zijn gekoppeld (Calling Plan, Direct Routing of een andere Operator Connect-operator).</translation>
    </message>
    <message>
        <source>%1: enter the carrier the numbers come from.</source>
        <translation>%1: vul de afgevende operator in, waar de nummers vandaan komen.</translation>
    </message>
    <message>
        <source>%1: enter the account holder&apos;s name exactly as the current carrier knows it.</source>
        <translation>%1: vul de naam van de abonnementhouder in, precies zoals de huidige operator die kent.</translation>
    </message>
    <message>
        <source>%1, account holder&apos;s address</source>
        <translation>%1, adres van de abonnementhouder</translation>
    </message>
    <message>
        <source>%1: enter the numbers to keep (single numbers or DDI ranges).</source>
        <translation>%1: vul de te behouden nummers in (losse nummers of nummerreeksen).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number or a range: correct or remove it.</source>
        <translation>%1: &quot;%2&quot; is geen nummer of reeks: corrigeer of verwijder het.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 is not stored in international form; correct or re-enter it.</source>
        <translation>%1: %2 is niet in internationale notatie opgeslagen; corrigeer het of voer het opnieuw in.</translation>
    </message>
    <message>
        <source>%1: end of range %2: %3</source>
        <translation>%1: einde van reeks %2: %3</translation>
    </message>
    <message>
        <source>%1: the end of range %2 is not stored in international form; correct or re-enter it.</source>
        <translation>%1: het einde van reeks %2 is niet in internationale notatie opgeslagen; corrigeer het of voer het opnieuw in.</translation>
    </message>
    <message>
        <source>%1: the range %2 must run from the lower to the higher number, both of the same length.</source>
        <translation>%1: de reeks %2 moet van het lagere naar het hogere nummer lopen, en beide moeten even lang zijn.</translation>
    </message>
    <message>
        <source>%1: %2 overlaps entry %3 (%4): list each number once.</source>
        <translation>%1: %2 overlapt met vermelding %3 (%4): vermeld elk nummer maar één keer.</translation>
    </message>
    <message>
        <source>%1: the area code %2 belongs to %3, not to %4 where the account holder is; %5</source>
        <translation>%1: het netnummer %2 hoort bij %3, niet bij %4, waar de abonnementhouder gevestigd is; %5</translation>
    </message>
    <message>
        <source>numbers can only be kept at an address in their area.</source>
        <translation>nummers kunnen alleen worden behouden op een adres in hun eigen netnummergebied.</translation>
    </message>
    <message>
        <source>the carrier may refuse the port.</source>
        <translation>de operator kan de portering weigeren.</translation>
    </message>
    <message>
        <source>%1: enter the main billing number of the account.</source>
        <translation>%1: vul het hoofdnummer van het account in.</translation>
    </message>
    <message>
        <source>%1: the main billing number is not valid: %2</source>
        <translation>%1: het hoofdnummer is niet geldig: %2</translation>
    </message>
    <message>
        <source>%1: the main billing number is not stored in international form; re-enter it.</source>
        <translation>%1: het hoofdnummer is niet in internationale notatie opgeslagen; voer het opnieuw in.</translation>
    </message>
    <message>
        <source>%1: choose the port date; the earliest possible is %2.</source>
        <translation>%1: kies de porteringsdatum; de vroegst mogelijke is %2.</translation>
    </message>
    <message>
        <source>%1: the port date is too early: a port in %2 needs %3 working days, so the earliest is %4.</source>
        <translation>%1: de porteringsdatum is te vroeg: een portering in %2 vraagt %3 werkdagen, dus de vroegste datum is %4.</translation>
    </message>
    <message>
        <source>%1: numbers are ported on working days; %2 is a weekend or public holiday: choose a working day.</source>
        <translation>%1: nummers worden op werkdagen geporteerd; %2 valt in een weekend of op een feestdag: kies een werkdag.</translation>
    </message>
    <message>
        <source>%1: the porting form is valid for %2 months after it is signed, and %3 is later than that from today: choose an earlier date, or have the form signed closer to the port.</source>
        <translation>%1: het porteringsformulier is %2 maanden na ondertekening geldig, en %3 ligt verder dan dat vanaf vandaag: kies een eerdere datum, of laat het formulier dichter bij de portering ondertekenen.</translation>
    </message>
    <message>
        <source>%1: the catalog has no public holidays of %2, so the port date was checked against weekends only: make sure %3 is a working day in %4, or update the catalog.</source>
        <translation>%1: de catalogus bevat geen feestdagen voor %2, dus de porteringsdatum is alleen op weekenden gecontroleerd: zorg dat %3 een werkdag is in %4, of werk de catalogus bij.</translation>
    </message>
    <message>
        <source>%1: the %2 is not valid: check it.</source>
        <translation>%1: %2 is niet geldig: controleer dit.</translation>
    </message>
    <message>
        <source>%1: the %2 is not valid: %3</source>
        <translation>%1: %2 is niet geldig: %3</translation>
    </message>
    <message>
        <source>%1: add an office to get new numbers, or keep existing numbers.</source>
        <translation>%1: voeg een vestiging toe om nieuwe nummers te krijgen, of behoud bestaande nummers.</translation>
    </message>
    <message>
        <source>%1: at most %2 offices per country; this order has %3. Remove %4.</source>
        <translation>%1: maximaal %2 vestigingen per land; deze order heeft er %3. Verwijder er %4.</translation>
    </message>
    <message>
        <source>%1 keeps its existing numbers; remove its offices for new numbers or turn porting off.</source>
        <translation>%1: de bestaande nummers blijven behouden; verwijder de vestigingen voor nieuwe nummers of zet &quot;Bestaande nummers behouden&quot; uit.</translation>
    </message>
    <message>
        <source>%1, office %2</source>
        <translation>%1, vestiging %2</translation>
    </message>
    <message>
        <source>%1: the address is in %2, but numbers of %3 need an address in %3.</source>
        <translation>%1: het adres ligt in %2, maar nummers uit %3 vereisen een adres in %3.</translation>
    </message>
    <message>
        <source>%1: the address service could not confirm this address: correct it and validate again.</source>
        <translation>%1: de adresservice kon dit adres niet bevestigen: corrigeer het en valideer het opnieuw.</translation>
    </message>
    <message>
        <source>%1: the address is not validated yet: its validation waits for the address service, and the order cannot be sent until it is validated.</source>
        <translation>%1: het adres is nog niet gevalideerd: de validatie wacht op de adresservice, en de order kan pas worden verzonden als het adres is gevalideerd.</translation>
    </message>
    <message>
        <source>%1: the address is not validated: press Validate once it is complete.</source>
        <translation>%1: het adres is niet gevalideerd: klik op &quot;Adres valideren&quot; zodra het volledig is.</translation>
    </message>
    <message>
        <source>%1: the validated address has no id or geocode: validate it again.</source>
        <translation>%1: het gevalideerde adres heeft geen ID of geocode: valideer het opnieuw.</translation>
    </message>
    <message>
        <source>%1: reserve at least one number.</source>
        <translation>%1: reserveer minstens één nummer.</translation>
    </message>
    <message>
        <source>%1: at most %2 numbers per office; add another office for more.</source>
        <translation>%1: maximaal %2 nummers per vestiging; voeg een extra vestiging toe voor meer nummers.</translation>
    </message>
    <message>
        <source>%1: the numbers for users cannot be negative.</source>
        <translation>%1: het aantal nummers voor gebruikers kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1: the numbers for resource accounts cannot be negative.</source>
        <translation>%1: het aantal nummers voor resourceaccounts kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1: numbers for users (%2) and for resource accounts (%3) must add up to the office&apos;s %4 numbers.</source>
        <translation>%1: de nummers voor gebruikers (%2) en voor resourceaccounts (%3) moeten samen gelijk zijn aan de %4 nummers van de vestiging.</translation>
    </message>
    <message>
        <source>%1: choose an area code of %2; in %3 numbers must belong to the office&apos;s locality.</source>
        <translation>%1: kies een netnummer van %2; in %3 moeten nummers bij de plaats van de vestiging horen.</translation>
    </message>
    <message>
        <source>the office&apos;s city</source>
        <translation>de plaats van de vestiging</translation>
    </message>
    <message>
        <source>%1: %2 is not an area code of %3: choose an area code of %4.</source>
        <translation>%1: %2 is geen netnummer van %3: kies een netnummer van %4.</translation>
    </message>
    <message>
        <source>%1: the area code %2 belongs to %3, not to %4: choose an area code of %4.</source>
        <translation>%1: het netnummer %2 hoort bij %3, niet bij %4: kies een netnummer van %4.</translation>
    </message>
    <message>
        <source>%1: the area code %2 could not be confirmed for %3 offline; check that it belongs to the office&apos;s locality.</source>
        <translation>%1: het netnummer %2 kon offline niet worden bevestigd voor %3; controleer of het bij de plaats van de vestiging hoort.</translation>
    </message>
    <message>
        <source>%1: numbers were reserved for an address that is not validated: validate the address and reserve again.</source>
        <translation>%1: er zijn nummers gereserveerd voor een adres dat niet is gevalideerd: valideer het adres en reserveer opnieuw.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved yet: the reservation waits for the number service, and the order cannot be sent until they are reserved.</source>
        <translation>%1: de nummers zijn nog niet gereserveerd: de reservering wacht op de nummerservice, en de order kan pas worden verzonden als de nummers zijn gereserveerd.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved: press Reserve.</source>
        <translation>%1: de nummers zijn niet gereserveerd: klik op &quot;Nummers reserveren&quot;.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved: validate the address, then press Reserve.</source>
        <translation>%1: de nummers zijn niet gereserveerd: valideer het adres en klik daarna op &quot;Nummers reserveren&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 numbers are reserved but the office needs %3: reserve again.</source>
        <translation>%1: er zijn %2 nummers gereserveerd, maar de vestiging heeft er %3 nodig: reserveer opnieuw.</translation>
    </message>
    <message>
        <source>%1: the reserved number %2 is not a number of %3: reserve again.</source>
        <translation>%1: het gereserveerde nummer %2 is geen nummer uit %3: reserveer opnieuw.</translation>
    </message>
    <message>
        <source>%1: the reserved number %2 is not in the area code %3 chosen for the office: reserve again.</source>
        <translation>%1: het gereserveerde nummer %2 valt niet onder het netnummer %3 dat voor de vestiging is gekozen: reserveer opnieuw.</translation>
    </message>
    <message>
        <source>%1: %2 numbers for users, but the voice plans cover %3 users: order more users or reserve fewer user numbers.</source>
        <translation>%1: %2 nummers voor gebruikers, maar de spraakabonnementen dekken %3 gebruikers: bestel meer gebruikers of reserveer minder nummers voor gebruikers.</translation>
    </message>
    <message>
        <source>%1: %2 is not offered in %3; choose CLIP screening.</source>
        <translation>%1: %2 wordt niet aangeboden in %3; kies CLIP-screening.</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP zonder screening</translation>
    </message>
    <message>
        <source>a presentation number</source>
        <translation>een presentatienummer</translation>
    </message>
    <message>
        <source>%1: enter the presentation number, a number of %2 that the customer holds.</source>
        <translation>%1: vul het presentatienummer in, een nummer uit %2 dat de klant in gebruik heeft.</translation>
    </message>
    <message>
        <source>%1: enter the number calls are forwarded to, or turn call forwarding off.</source>
        <translation>%1: vul het nummer in waarnaar oproepen worden doorgeschakeld, of zet doorschakeling uit.</translation>
    </message>
    <message>
        <source>%1: the number of auto attendants cannot be negative.</source>
        <translation>%1: het aantal automatische telefonistes kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1: the number of call queues cannot be negative.</source>
        <translation>%1: het aantal oproepwachtrijen kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1: %2 auto attendants and call queues need as many numbers for resource accounts; %3 are planned: plan more numbers for resource accounts, or fewer auto attendants and call queues.</source>
        <translation>%1: %2 automatische telefonistes en oproepwachtrijen vereisen evenveel nummers voor resourceaccounts; er zijn er %3 gepland: plan meer nummers voor resourceaccounts, of minder automatische telefonistes en oproepwachtrijen.</translation>
    </message>
    <message>
        <source>the order contact</source>
        <translation>de contactpersoon voor de order</translation>
    </message>
    <message>
        <source>the technical contact</source>
        <translation>de technische contactpersoon</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Juridisch bedrijfsadres</translation>
    </message>
    <message>
        <source>Confirm the legal company address with the customer.</source>
        <translation>Laat de klant het juridisch bedrijfsadres bevestigen.</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs the contract.</source>
        <translation>Vul de naam in van de persoon die het contract ondertekent.</translation>
    </message>
    <message>
        <source>the signatory</source>
        <translation>de ondertekenaar</translation>
    </message>
    <message>
        <source>Enter the signatory&apos;s job title.</source>
        <translation>Vul de functie van de ondertekenaar in.</translation>
    </message>
    <message>
        <source>Confirm that the signatory may sign for the company.</source>
        <translation>Bevestig dat de ondertekenaar namens het bedrijf mag tekenen.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>1. Customer</source>
        <translation>1. Klant</translation>
    </message>
    <message>
        <source>2. Voice plans</source>
        <translation>2. Spraakabonnementen</translation>
    </message>
    <message>
        <source>3. Keep existing numbers</source>
        <translation>3. Bestaande nummers behouden</translation>
    </message>
    <message>
        <source>4. Offices and numbers</source>
        <translation>4. Vestigingen en nummers</translation>
    </message>
    <message>
        <source>5. Contacts</source>
        <translation>5. Contactpersonen</translation>
    </message>
    <message>
        <source>6. Recap</source>
        <translation>6. Overzicht</translation>
    </message>
    <message>
        <source>7. Submission</source>
        <translation>7. Indienen</translation>
    </message>
</context>
<context>
    <name>od::AddressForm</name>
    <message>
        <source>Co&amp;mpany name</source>
        <translation>B&amp;edrijfsnaam</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>St&amp;raat</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>Huisnr.</translation>
    </message>
    <message>
        <source>Suffi&amp;x</source>
        <translation>Toevoe&amp;ging</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Pl&amp;aats</translation>
    </message>
    <message>
        <source>State / pro&amp;vince</source>
        <translation>Provin&amp;cie / staat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Land</translation>
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
        <translation>De concepten zijn niet geopend.</translation>
    </message>
</context>
<context>
    <name>od::CatalogText</name>
    <message>
        <source>Austria</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Oostenrijk</translation>
    </message>
    <message>
        <source>Teams Calling Essentials</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling Essentials</translation>
    </message>
    <message>
        <source>Pay as you go: a number and inbound calls for every user, outbound calls billed per minute. Suits users who mostly receive calls.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Betalen naar gebruik: een nummer en inkomende gesprekken voor elke gebruiker, uitgaande gesprekken per minuut gefactureerd. Geschikt voor gebruikers die vooral gebeld worden.</translation>
    </message>
    <message>
        <source>Unlimited inbound calls</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt inkomende gesprekken</translation>
    </message>
    <message>
        <source>Outbound calls billed per minute</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Uitgaande gesprekken per minuut gefactureerd</translation>
    </message>
    <message>
        <source>A number in Austria for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in Oostenrijk voor elke gebruiker</translation>
    </message>
    <message>
        <source>Teams Calling National</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling National</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Austria. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Oostenrijk. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Austria</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Oostenrijk</translation>
    </message>
    <message>
        <source>Teams Calling Europe</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling Europe</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles across the EU/EEA, Switzerland and the United Kingdom. For teams that work across borders.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in de EU/EER, Zwitserland en het Verenigd Koninkrijk. Voor teams die over de grenzen heen werken.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the EU/EEA, Switzerland and the UK</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in de EU/EER, Zwitserland en het VK</translation>
    </message>
    <message>
        <source>One order form per number; the address must lie in the number&apos;s area.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Eén porteringsformulier per nummer; het adres moet in het netnummergebied van het nummer liggen.</translation>
    </message>
    <message>
        <source>Belgium</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>België</translation>
    </message>
    <message>
        <source>A number in Belgium for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in België voor elke gebruiker</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Belgium. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in België. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Belgium</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in België</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <source>A number in Switzerland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in Zwitserland voor elke gebruiker</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Switzerland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Zwitserland. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Switzerland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Zwitserland</translation>
    </message>
    <message>
        <source>Teams Calling International</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling International</translation>
    </message>
    <message>
        <source>Everything in Europe plus 600 minutes a month to landlines in 50 countries outside Europe, pooled across the plan&apos;s users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Alles van Teams Calling Europe plus 600 minuten per maand naar vaste nummers in 50 landen buiten Europa, gedeeld door de gebruikers van het abonnement.</translation>
    </message>
    <message>
        <source>Everything in Teams Calling Europe</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Alles van Teams Calling Europe</translation>
    </message>
    <message>
        <source>600 international minutes per user, pooled</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>600 internationale minuten per gebruiker, gedeeld</translation>
    </message>
    <message>
        <source>The losing carrier must confirm the port within 2 working days.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>De afgevende operator moet de portering binnen 2 werkdagen bevestigen.</translation>
    </message>
    <message>
        <source>Germany</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Duitsland</translation>
    </message>
    <message>
        <source>A number in Germany for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in Duitsland voor elke gebruiker</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Germany. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Duitsland. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Germany</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Duitsland</translation>
    </message>
    <message>
        <source>Fill in one form per number or DDI range; the form needs the company stamp and a signature. The numbers must lie in the office&apos;s local area.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Vul één formulier per nummer of nummerreeks in; het formulier moet voorzien zijn van de bedrijfsstempel en een handtekening. De nummers moeten in het lokale netnummergebied van de vestiging liggen.</translation>
    </message>
    <message>
        <source>Denmark</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Denemarken</translation>
    </message>
    <message>
        <source>A number in Denmark for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in Denemarken voor elke gebruiker</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Denmark. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Denemarken. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Denmark</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Denemarken</translation>
    </message>
    <message>
        <source>Spain</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Spanje</translation>
    </message>
    <message>
        <source>A number in Spain for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in Spanje voor elke gebruiker</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Spain. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Spanje. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Spain</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Spanje</translation>
    </message>
    <message>
        <source>NIF/CIF</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>NIF/CIF</translation>
    </message>
    <message>
        <source>The NIF, CIF or NIE of the holder of the numbers, exactly as the current operator has it, e.g. B12345674.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>De NIF, CIF of NIE van de houder van de nummers, precies zoals bekend bij de huidige operator, bijv. B12345674.</translation>
    </message>
    <message>
        <source>Line access type</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Type aansluiting</translation>
    </message>
    <message>
        <source>How the numbers are connected today: RTB (analogue), RDSI-BA (ISDN basic), RDSI-PRI (ISDN primary) or VOIP.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Hoe de nummers nu zijn aangesloten: RTB (analoog), RDSI-BA (ISDN-basisaansluiting), RDSI-PRI (ISDN-primaire aansluiting) of VOIP.</translation>
    </message>
    <message>
        <source>Finland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Finland</translation>
    </message>
    <message>
        <source>A number in Finland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in Finland voor elke gebruiker</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Finland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Finland. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Finland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Finland</translation>
    </message>
    <message>
        <source>France</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>A number in France for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in Frankrijk voor elke gebruiker</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in France. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Frankrijk. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in France</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Frankrijk</translation>
    </message>
    <message>
        <source>The form needs the company stamp and is valid for 3 months after signature.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Het formulier moet voorzien zijn van de bedrijfsstempel en is tot 3 maanden na ondertekening geldig.</translation>
    </message>
    <message>
        <source>SIRET</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>The 14-digit SIRET of the establishment that holds the numbers (SIREN + NIC), without spaces.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Het SIRET-nummer van 14 cijfers van de vestiging die de nummers heeft (SIREN + NIC), zonder spaties.</translation>
    </message>
    <message>
        <source>RIO code</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>RIO-code</translation>
    </message>
    <message>
        <source>The 12-character RIO (relevé d&apos;identité opérateur): call 3179 from the line to get it.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>De RIO van 12 tekens (relevé d&apos;identité opérateur): bel vanaf de lijn naar 3179 om deze op te vragen.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>A number in the United Kingdom for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in het Verenigd Koninkrijk voor elke gebruiker</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the United Kingdom. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in het Verenigd Koninkrijk. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the United Kingdom</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in het Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>A port outside office hours costs £220. The lead time grows with the number of numbers and DDI ranges.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Een portering buiten kantooruren kost £220. De doorlooptijd neemt toe met het aantal nummers en nummerreeksen.</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Postcode van de locatie</translation>
    </message>
    <message>
        <source>The postcode of the site where the numbers are used, e.g. SW1A 1AA.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>De postcode van de locatie waar de nummers worden gebruikt, bijv. SW1A 1AA.</translation>
    </message>
    <message>
        <source>Ireland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Ierland</translation>
    </message>
    <message>
        <source>A number in Ireland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in Ierland voor elke gebruiker</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Ireland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Ierland. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Ireland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Ierland</translation>
    </message>
    <message>
        <source>Italy</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Italië</translation>
    </message>
    <message>
        <source>A number in Italy for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in Italië voor elke gebruiker</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Italy. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Italië. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Italy</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Italië</translation>
    </message>
    <message>
        <source>The migration code comes from the current operator, usually printed on the invoice.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>De migratiecode komt van de huidige operator en staat meestal op de factuur.</translation>
    </message>
    <message>
        <source>Migration code</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Migratiecode</translation>
    </message>
    <message>
        <source>The codice di migrazione printed on the current operator&apos;s invoice (12 to 19 letters and digits).</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>De codice di migrazione die op de factuur van de huidige operator staat (12 tot 19 letters en cijfers).</translation>
    </message>
    <message>
        <source>Representative&apos;s codice fiscale</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Codice fiscale van de vertegenwoordiger</translation>
    </message>
    <message>
        <source>The 16-character codice fiscale of the company&apos;s legal representative, e.g. RSSMRA85T10A562S.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>De codice fiscale van 16 tekens van de wettelijk vertegenwoordiger van het bedrijf, bijv. RSSMRA85T10A562S.</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>The company&apos;s 11-digit VAT number (partita IVA), without the IT prefix.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Het btw-nummer van 11 cijfers van het bedrijf (partita IVA), zonder het voorvoegsel IT.</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>A number in the Netherlands for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in Nederland voor elke gebruiker</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the Netherlands. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Nederland. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the Netherlands</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Nederland</translation>
    </message>
    <message>
        <source>The departing operator sets the first possible port date; the requested date is a wish.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>De afgevende operator bepaalt de eerst mogelijke porteringsdatum; de gewenste datum is slechts een wens.</translation>
    </message>
    <message>
        <source>Portugal</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>A number in Portugal for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in Portugal voor elke gebruiker</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Portugal. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Portugal. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Portugal</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Portugal</translation>
    </message>
    <message>
        <source>Sweden</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Zweden</translation>
    </message>
    <message>
        <source>A number in Sweden for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Een nummer in Zweden voor elke gebruiker</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Sweden. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Zweden. Het abonnement voor de meeste kantoorgebruikers.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Sweden</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Onbeperkt bellen naar vaste en mobiele nummers in Zweden</translation>
    </message>
    <message>
        <source>Subscriber ID</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Abonnee-ID</translation>
    </message>
    <message>
        <source>The 12-digit subscriber ID from the current operator; pad with leading zeros to 12 digits.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Het abonnee-ID van 12 cijfers van de huidige operator; vul aan met voorloopnullen tot 12 cijfers.</translation>
    </message>
    <message>
        <source>Austria</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Oostenrijk</translation>
    </message>
    <message>
        <source>Belgium</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>België</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <source>Germany</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Duitsland</translation>
    </message>
    <message>
        <source>Denmark</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Denemarken</translation>
    </message>
    <message>
        <source>Spain</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Spanje</translation>
    </message>
    <message>
        <source>Finland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Finland</translation>
    </message>
    <message>
        <source>France</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>the United Kingdom</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>het Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>Ireland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Ierland</translation>
    </message>
    <message>
        <source>Italy</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Italië</translation>
    </message>
    <message>
        <source>the Netherlands</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Nederland</translation>
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
        <translation>Zweden</translation>
    </message>
</context>
<context>
    <name>od::ContactsPage</name>
    <message>
        <source>Who the carrier talks to about the order, and the legal company address.</source>
        <translation>Met wie de operator contact heeft over de order, en het juridisch bedrijfsadres.</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Contactpersoon voor de order</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technische contactpersoon</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Juridisch bedrijfsadres</translation>
    </message>
    <message>
        <source>The customer confirmed the le&amp;gal address</source>
        <translation>De klant heeft het &amp;juridisch adres bevestigd</translation>
    </message>
    <message>
        <source>The customer confirmed the legal address</source>
        <translation>De klant heeft het juridisch adres bevestigd</translation>
    </message>
    <message>
        <source>Read the address back to the customer and tick when they confirm it. Changing the address clears the tick.</source>
        <translation>Lees het adres voor aan de klant en vink dit aan zodra de klant het bevestigt. Als het adres wordt gewijzigd, verdwijnt het vinkje.</translation>
    </message>
    <message>
        <source>Same as or&amp;der contact</source>
        <translation>Zelfde als voor de or&amp;der</translation>
    </message>
    <message>
        <source>Same as order contact</source>
        <translation>Zelfde als voor de order</translation>
    </message>
    <message>
        <source>Copies the order contact&apos;s name, e-mail, phone and job title into the technical contact</source>
        <translation>Kopieert naam, e-mailadres, telefoonnummer en functie van de contactpersoon voor de order naar de technische contactpersoon</translation>
    </message>
    <message>
        <source>%1: full name</source>
        <translation>%1: volledige naam</translation>
    </message>
    <message>
        <source>F&amp;ull name</source>
        <translation>Volledige naa&amp;m</translation>
    </message>
    <message>
        <source>Full n&amp;ame</source>
        <translation>Volledige &amp;naam</translation>
    </message>
    <message>
        <source>%1: e-mail address</source>
        <translation>%1: e-mailadres</translation>
    </message>
    <message>
        <source>E-mail add&amp;ress</source>
        <translation>E-ma&amp;iladres</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <source>%1: phone number</source>
        <translation>%1: telefoonnummer</translation>
    </message>
    <message>
        <source>National form of the order&apos;s first country, or international form with +</source>
        <translation>Nationale notatie van het eerste land van de order, of internationale notatie met +</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Ph&amp;one number</source>
        <translation>&amp;Telefoonnummer</translation>
    </message>
    <message>
        <source>%1: job title</source>
        <translation>%1: functie</translation>
    </message>
    <message>
        <source>Job tit&amp;le</source>
        <translation>F&amp;unctie</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Functie</translation>
    </message>
</context>
<context>
    <name>od::CustomerPage</name>
    <message>
        <source>Who orders: the carrier&apos;s customer (OCN and the account e-mail), an online account, or a company that is not a customer yet; and the Microsoft tenant.</source>
        <translation>Wie bestelt: de klant van de operator (OCN en account-e-mailadres), een online account of een bedrijf dat nog geen klant is; en de Microsoft-tenant.</translation>
    </message>
    <message>
        <source>How is the customer identified?</source>
        <translation>Hoe wordt de klant geïdentificeerd?</translation>
    </message>
    <message>
        <source>&amp;Existing customer (OCN and e-mail)</source>
        <translation>Bestaande &amp;klant (OCN en e-mail)</translation>
    </message>
    <message>
        <source>Existing customer, identified by OCN and e-mail</source>
        <translation>Bestaande klant, geïdentificeerd via OCN en e-mail</translation>
    </message>
    <message>
        <source>On&amp;line account</source>
        <translation>Onlin&amp;e account</translation>
    </message>
    <message>
        <source>Existing customer, identified by online account</source>
        <translation>Bestaande klant, geïdentificeerd via online account</translation>
    </message>
    <message>
        <source>Not yet a &amp;customer</source>
        <translation>&amp;Nog geen klant</translation>
    </message>
    <message>
        <source>Not yet a customer: prospect order</source>
        <translation>Nog geen klant: prospectorder</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>Company n&amp;ame</source>
        <translation>Bedri&amp;jfsnaam</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 tot 12 cijfers</translation>
    </message>
    <message>
        <source>&amp;OCN (customer number)</source>
        <translation>O&amp;CN (klantnummer)</translation>
    </message>
    <message>
        <source>the e-mail address registered on that OCN</source>
        <translation>het e-mailadres dat bij die OCN is geregistreerd</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>Account-e-mailadres</translation>
    </message>
    <message>
        <source>The e-mail address registered on the OCN</source>
        <translation>Het e-mailadres dat bij de OCN is geregistreerd</translation>
    </message>
    <message>
        <source>Account e-&amp;mail</source>
        <translation>Acco&amp;unt-e-mailadres</translation>
    </message>
    <message>
        <source>Online account id</source>
        <translation>ID online account</translation>
    </message>
    <message>
        <source>Online account &amp;id</source>
        <translation>&amp;ID online account</translation>
    </message>
    <message>
        <source>Legal address of the company</source>
        <translation>Juridisch adres van het bedrijf</translation>
    </message>
    <message>
        <source>Contact at the company</source>
        <translation>Contactpersoon bij het bedrijf</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Naam contactpersoon</translation>
    </message>
    <message>
        <source>Contact na&amp;me</source>
        <translation>Naa&amp;m contactpersoon</translation>
    </message>
    <message>
        <source>Contact e-mail address</source>
        <translation>E-mailadres contactpersoon</translation>
    </message>
    <message>
        <source>Contact e-mail add&amp;ress</source>
        <translation>E-mailadres con&amp;tactpersoon</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Telefoonnummer contactpersoon</translation>
    </message>
    <message>
        <source>National form of the address&apos;s country, or international form with +</source>
        <translation>Nationale notatie van het land van het adres, of internationale notatie met +</translation>
    </message>
    <message>
        <source>Contact ph&amp;one</source>
        <translation>Tele&amp;foon contactpersoon</translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>Microsoft tenant ID</source>
        <translation>Microsoft-tenant-ID</translation>
    </message>
    <message>
        <source>A GUID from the Microsoft Entra admin center. Pasted links, braces, spaces and urn:uuid: are removed.</source>
        <translation>Een GUID uit het Microsoft Entra-beheercentrum. Geplakte links, accolades, spaties en urn:uuid: worden verwijderd.</translation>
    </message>
    <message>
        <source>Paste it as it comes: a link, braces, spaces or &quot;urn:uuid:&quot; are removed and only the ID is kept.</source>
        <translation>Plak de ID zoals u die krijgt: een link, accolades, spaties of &quot;urn:uuid:&quot; worden verwijderd en alleen de ID blijft over.</translation>
    </message>
    <message>
        <source>Microsoft tenant I&amp;D</source>
        <translation>Microsoft-tenant-I&amp;D</translation>
    </message>
    <message>
        <source>required: the company&apos;s registered name</source>
        <translation>verplicht: de statutaire naam van het bedrijf</translation>
    </message>
    <message>
        <source>as the customer writes it; names the order</source>
        <translation>zoals de klant het schrijft; geeft de order zijn naam</translation>
    </message>
    <message>
        <source>Required for a new customer</source>
        <translation>Verplicht voor een nieuwe klant</translation>
    </message>
    <message>
        <source>Optional; names the order everywhere</source>
        <translation>Optioneel; geeft de order overal zijn naam</translation>
    </message>
    <message>
        <source>Account check: not needed. This is a prospect order; the carrier creates the customer account when it accepts the order.</source>
        <translation>Accountcontrole: niet nodig. Dit is een prospectorder; de operator maakt het klantaccount aan wanneer de order wordt geaccepteerd.</translation>
    </message>
    <message>
        <source>Account check: ✔ verified by the carrier.</source>
        <translation>Accountcontrole: ✔ geverifieerd door de operator.</translation>
    </message>
    <message>
        <source>Account check: ℹ not verified yet. The OCN and the account e-mail are checked with the carrier&apos;s account service before the order is sent; you can go on.</source>
        <translation>Accountcontrole: ℹ nog niet geverifieerd. De OCN en het account-e-mailadres worden bij de accountservice van de operator gecontroleerd voordat de order wordt verzonden; u kunt verdergaan.</translation>
    </message>
    <message>
        <source>Account check: ℹ not verified yet. The online account is checked with the carrier&apos;s account service before the order is sent; you can go on.</source>
        <translation>Accountcontrole: ℹ nog niet geverifieerd. Het online account wordt bij de accountservice van de operator gecontroleerd voordat de order wordt verzonden; u kunt verdergaan.</translation>
    </message>
    <message>
        <source>✔ Cleaned: only the tenant ID was kept from what was pasted.</source>
        <translation>✔ Opgeschoond: van de geplakte tekst is alleen de tenant-ID bewaard.</translation>
    </message>
    <message>
        <source>Check the account</source>
        <translation>Account controleren</translation>
    </message>
    <message>
        <source>Check the account with the carrier</source>
        <translation>Account bij de operator controleren</translation>
    </message>
    <message>
        <source>Asks the carrier&apos;s account service whether the e-mail address belongs to the OCN</source>
        <translation>Vraagt de accountservice van de operator of het e-mailadres bij de OCN hoort</translation>
    </message>
    <message>
        <source>Account check: %1</source>
        <translation>Accountcontrole: %1</translation>
    </message>
</context>
<context>
    <name>od::DocumentCommands</name>
    <message>
        <source>The product catalog cannot be used:
%1</source>
        <translation>De productcatalogus kan niet worden gebruikt:
%1</translation>
    </message>
    <message>
        <source>%1: the order has no country, so there is nothing to put in a document. Choose a country and its voice plans first.</source>
        <translation>%1: de order heeft geen land, dus er is niets om in een document op te nemen. Kies eerst een land en de bijbehorende spraakabonnementen.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: bestand niet gevonden.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the draft&apos;s file, exported from Order Desk.</source>
        <translation>%1 is een map; geef het conceptbestand op dat uit Order Desk is geëxporteerd.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at character %3.</source>
        <translation>%1 is geen JSON: %2 bij teken %3.</translation>
    </message>
    <message>
        <source>%1 is not an order: it holds JSON, but not an object.</source>
        <translation>%1 is geen order: het bevat JSON, maar geen object.</translation>
    </message>
    <message>
        <source>%1 is not an order Order Desk can read: %2</source>
        <translation>%1 is geen order die Order Desk kan lezen: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the PDF to write.</source>
        <translation>%1 is een map; geef de naam op van de PDF die moet worden geschreven.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no country keeps its numbers, so the order needs no porting form.</source>
        <translation>%1: in geen enkel land blijven de nummers behouden, dus de order heeft geen porteringsformulier nodig.</translation>
    </message>
    <message>
        <source>%1 is a file; porting-forms writes into a folder.</source>
        <translation>%1 is een bestand; porting-forms schrijft naar een map.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
</context>
<context>
    <name>od::DraftBrowser</name>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>List title</source>
        <translation>Titel van de lijst</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Concepten zoeken</translation>
    </message>
    <message>
        <source>Search customer, OCN or e-mail (Ctrl+F)</source>
        <translation>Zoeken op klant, OCN of e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Tekst van de melding</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>Actie bij de melding</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nieuwe order</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nieuwe order</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Het geselecteerde concept openen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Duplicate the selected draft</source>
        <translation>Het geselecteerde concept dupliceren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Move the selected draft to the trash</source>
        <translation>Het geselecteerde concept naar de prullenbak verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Restore the selected draft from the trash</source>
        <translation>Het geselecteerde concept uit de prullenbak terugzetten</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>&amp;Versies…</translation>
    </message>
    <message>
        <source>Earlier versions of the selected draft</source>
        <translation>Eerdere versies van het geselecteerde concept</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export the selected draft as a file</source>
        <translation>Het geselecteerde concept als bestand exporteren</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import a draft from a file</source>
        <translation>Een concept uit een bestand importeren</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Prullenbak</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Prullenbak weergeven</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Draft list</source>
        <translation>Lijst met concepten</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Geen concepten</translation>
    </message>
    <message>
        <source>Number of drafts</source>
        <translation>Aantal concepten</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>het concept</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <source>%1 (order %2)</source>
        <translation>%1 (order %2)</translation>
    </message>
    <message>
        <source>Copied %1 as a new draft, %2. Reserved numbers stay with the original order.</source>
        <translation>Er is een kopie van %1 gemaakt als nieuw concept: %2. Gereserveerde nummers blijven bij de oorspronkelijke order.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash. It is kept there for %2 days.</source>
        <translation>Naar de prullenbak verplaatst: %1. Het concept blijft daar %2 dagen bewaard.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>Restored %1 to the drafts.</source>
        <translation>Teruggezet bij de concepten: %1.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Back to dr&amp;afts</source>
        <translation>Terug naar &amp;concepten</translation>
    </message>
    <message>
        <source>Back to the drafts</source>
        <translation>Terug naar de concepten</translation>
    </message>
    <message>
        <source>The drafts cannot be listed: %1</source>
        <translation>De concepten kunnen niet worden weergegeven: %1</translation>
    </message>
    <message>
        <source>No draft matches “%1”.</source>
        <translation>Geen concept komt overeen met “%1”.</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted drafts stay here for %1 days.</source>
        <translation>De prullenbak is leeg. Verwijderde concepten blijven hier %1 dagen bewaard.</translation>
    </message>
    <message>
        <source>No drafts yet. Press Ctrl+N to start an order: it is saved as you type.</source>
        <translation>Nog geen concepten. Druk op Ctrl+N om een order te beginnen: alles wordt opgeslagen terwijl u typt.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) in the trash</source>
        <translation>
            <numerusform>%n concept in de prullenbak</numerusform>
            <numerusform>%n concepten in de prullenbak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n concept</numerusform>
            <numerusform>%n concepten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n draft(s)</source>
        <translation>
            <numerusform>%1 van %n concept</numerusform>
            <numerusform>%1 van %n concepten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>Concept exporteren</translation>
    </message>
    <message>
        <source>Order Desk orders (*.json)</source>
        <translation>Order Desk-orders (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 is geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>Import draft</source>
        <translation>Concept importeren</translation>
    </message>
    <message>
        <source>Order Desk orders (*.json);;All files (*)</source>
        <translation>Order Desk-orders (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation>%1 is niet geïmporteerd. %2</translation>
    </message>
    <message>
        <source>It cannot be read: %1</source>
        <translation>Het bestand kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>It is too large to be an order (%1 MB).</source>
        <translation>Het bestand is te groot voor een order (%1 MB).</translation>
    </message>
    <message>
        <source>Imported %1 as a new draft with order reference %2, because a draft of that order is already here.</source>
        <translation>%1 is geïmporteerd als nieuw concept met orderreferentie %2, omdat hier al een concept van die order staat.</translation>
    </message>
    <message>
        <source>Imported %1 as order %2.</source>
        <translation>%1 is geïmporteerd als order %2.</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox, as it was submitted. To go back to an earlier version, open it and withdraw it from the outbox first.</source>
        <translation>In het postvak UIT, zoals ingediend: %1. Wilt u terug naar een eerdere versie, open de order dan en haal deze eerst terug uit het postvak UIT.</translation>
    </message>
    <message>
        <source>Restored revision %1 of %2. The version it replaced is kept as a revision.</source>
        <translation>Versie %1 van %2 is teruggezet. De versie die daardoor is vervangen, blijft ook als versie bewaard.</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox, as it was submitted, and is not moved to the trash. To delete it, open it and withdraw it from the outbox first.</source>
        <translation>In het postvak UIT, zoals ingediend, en daarom niet naar de prullenbak verplaatst: %1. Wilt u de order verwijderen, open deze dan en haal deze eerst terug uit het postvak UIT.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
</context>
<context>
    <name>od::DraftListModel</name>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>OCN %1</source>
        <translation>OCN %1</translation>
    </message>
    <message>
        <source>In the trash since %1</source>
        <translation>In de prullenbak sinds %1</translation>
    </message>
    <message>
        <source>(no customer yet)</source>
        <translation>(nog geen klant)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>the customer declined to sign</source>
        <translation>de klant heeft geweigerd te ondertekenen</translation>
    </message>
    <message>
        <source>the signature request was withdrawn</source>
        <translation>het ondertekeningsverzoek is ingetrokken</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>ondertekend</translation>
    </message>
    <message>
        <source>waiting for the signature</source>
        <translation>wacht op ondertekening</translation>
    </message>
    <message>
        <source>expected to be handled on %1</source>
        <translation>verwerking verwacht op %1</translation>
    </message>
    <message>
        <source>⚠ %1 · needs your attention</source>
        <translation>⚠ %1 · vraagt uw aandacht</translation>
    </message>
</context>
<context>
    <name>od::DraftStore</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In postvak UIT</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Wacht op ondertekening</translation>
    </message>
    <message>
        <source>Porting paperwork</source>
        <translation>Porteringsdocumenten</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Voice plans</source>
        <translation>Spraakabonnementen</translation>
    </message>
    <message>
        <source>Keep numbers</source>
        <translation>Nummers behouden</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Nieuwe nummers</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Indienen</translation>
    </message>
    <message>
        <source>The draft file was missing.</source>
        <translation>Het conceptbestand ontbrak.</translation>
    </message>
    <message>
        <source>The draft file was damaged (%1). It was kept as %2.</source>
        <translation>Het conceptbestand was beschadigd (%1). Het is bewaard als %2.</translation>
    </message>
    <message>
        <source>No usable backup was found, so the list of drafts starts empty. Ask support to look at the kept file.</source>
        <translation>Er is geen bruikbare back-up gevonden, dus de lijst met concepten begint leeg. Vraag support het bewaarde bestand te bekijken.</translation>
    </message>
    <message>
        <source>The drafts were restored from the backup of %1.</source>
        <translation>De concepten zijn hersteld uit de back-up van %1.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>no customer yet</source>
        <translation>nog geen klant</translation>
    </message>
    <message>
        <source>No draft had changed since that backup.</source>
        <translation>Sinds die back-up is geen enkel concept gewijzigd.</translation>
    </message>
    <message>
        <source>These drafts changed after it and are now older: %1.</source>
        <translation>Deze concepten zijn daarna gewijzigd en zijn nu ouder: %1.</translation>
    </message>
    <message>
        <source>These drafts were started after it and could not be restored: %1.</source>
        <translation>Deze concepten zijn daarna aangemaakt en konden niet worden hersteld: %1.</translation>
    </message>
    <message>
        <source>Changes made after %1 are missing. Check these drafts: %2.</source>
        <translation>Wijzigingen na %1 ontbreken. Controleer deze concepten: %2.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>De gegevensmap %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The drafts in %1 are open in another Order Desk window (process %2 on %3). Close it there, then try again.</source>
        <translation>De concepten in %1 zijn geopend in een ander Order Desk-venster (proces %2 op %3). Sluit ze daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The drafts in %1 are open in another Order Desk window. Close it there, then try again.</source>
        <translation>De concepten in %1 zijn geopend in een ander Order Desk-venster. Sluit ze daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: the lock file cannot be written.</source>
        <translation>De gegevensmap %1 kan niet worden gebruikt: het vergrendelingsbestand kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be created: %2</source>
        <translation>Het conceptbestand %1 kan niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be created.</source>
        <translation>Het conceptbestand %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The draft file %1 is damaged and cannot be moved aside. Nothing was changed; ask support for help.</source>
        <translation>Het conceptbestand %1 is beschadigd en kan niet opzij worden gezet. Er is niets gewijzigd; vraag support om hulp.</translation>
    </message>
    <message>
        <source>The drafts in %1 were saved by a newer version of Order Desk (%2, store version %3; this version reads up to %4). Nothing was changed. Use the newer version to open them.</source>
        <translation>De concepten in %1 zijn opgeslagen met een nieuwere versie van Order Desk (%2, opslagversie %3; deze versie leest tot en met %4). Er is niets gewijzigd. Open ze met de nieuwere versie.</translation>
    </message>
    <message>
        <source>%1 is a database, but not Order Desk&apos;s drafts. Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>%1 is een database, maar bevat geen concepten van Order Desk. Er is niets gewijzigd. Kies een andere gegevensmap met --data-dir.</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be opened: %2</source>
        <translation>Het conceptbestand %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be used: %2</source>
        <translation>Het conceptbestand %1 kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be updated to this version: %2</source>
        <translation>Het conceptbestand %1 kan niet worden bijgewerkt naar deze versie: %2</translation>
    </message>
    <message>
        <source>The drafts are not open.</source>
        <translation>De concepten zijn niet geopend.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Het concept kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>Het concept bestaat niet meer.</translation>
    </message>
    <message>
        <source>The order %1 cannot be saved over the draft of order %2.</source>
        <translation>De order %1 kan niet worden opgeslagen over het concept van order %2.</translation>
    </message>
    <message>
        <source>The draft could not be created: %1</source>
        <translation>Het concept kon niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <source>The draft could not be created: the order has no reference.</source>
        <translation>Het concept kon niet worden aangemaakt: de order heeft geen referentie.</translation>
    </message>
    <message>
        <source>A draft of order %1 already exists.</source>
        <translation>Er bestaat al een concept van order %1.</translation>
    </message>
    <message>
        <source>The draft of order %1 cannot be read: %2</source>
        <translation>Het concept van order %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>De status kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The draft could not be moved to the trash: %1</source>
        <translation>Het concept kon niet naar de prullenbak worden verplaatst: %1</translation>
    </message>
    <message>
        <source>The draft could not be restored: %1</source>
        <translation>Het concept kon niet worden teruggezet: %1</translation>
    </message>
    <message>
        <source>Revision %1 of this draft no longer exists.</source>
        <translation>Versie %1 van dit concept bestaat niet meer.</translation>
    </message>
    <message>
        <source>Revision %1 cannot be read: %2</source>
        <translation>Versie %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The file is not an order Order Desk can read: %1</source>
        <translation>Het bestand is geen order die Order Desk kan lezen: %1</translation>
    </message>
    <message>
        <source>The outbox could not be saved: %1</source>
        <translation>Het postvak UIT kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>Het document kon niet worden opgeslagen: %1</translation>
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
        <translation>Hoofdgebied</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not saved yet: %1 Retrying…</source>
        <translation>Nog niet opgeslagen: %1 Nieuwe poging…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Drafts are kept in %1</source>
        <translation>Concepten worden bewaard in %1</translation>
    </message>
    <message>
        <source>The drafts cannot be opened</source>
        <translation>De concepten kunnen niet worden geopend</translation>
    </message>
    <message>
        <source>Why the drafts cannot be opened</source>
        <translation>Waarom de concepten niet kunnen worden geopend</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Try to open the drafts again</source>
        <translation>De concepten opnieuw proberen te openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Quit Order Desk</source>
        <translation>Order Desk afsluiten</translation>
    </message>
    <message>
        <source>The draft cannot be opened yet: the changes to the previous one are not saved. %1</source>
        <translation>Het concept kan nog niet worden geopend: de wijzigingen in het vorige concept zijn niet opgeslagen. %1</translation>
    </message>
    <message>
        <source>Order %1 is queued in the outbox: it is shown as it was submitted.</source>
        <translation>Order %1 staat in het postvak UIT: de order wordt weergegeven zoals deze is ingediend.</translation>
    </message>
    <message>
        <source>Order %1: every change is saved as you type.</source>
        <translation>Order %1: elke wijziging wordt opgeslagen terwijl u typt.</translation>
    </message>
    <message>
        <source>%1 Your changes are kept here; try again in a moment.</source>
        <translation>%1 Uw wijzigingen blijven hier bewaard; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Order %1 for %2</source>
        <translation>Order %1 voor %2</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox. It will be sent to the carrier when the carrier&apos;s ordering service is reachable; nothing else is needed now. Until then you can open it to read it, or withdraw it to change it.</source>
        <translation>%1 staat in het postvak UIT. De order wordt naar de operator verzonden zodra de orderservice van de operator bereikbaar is; u hoeft nu verder niets te doen. Tot die tijd kunt u de order openen om deze te lezen, of terughalen om deze te wijzigen.</translation>
    </message>
    <message>
        <source>Withdraw from the outbox</source>
        <translation>Terughalen uit postvak UIT</translation>
    </message>
    <message>
        <source>Withdraw order %1 from the outbox to edit it?</source>
        <translation>Order %1 terughalen uit het postvak UIT om deze te bewerken?</translation>
    </message>
    <message>
        <source>It goes back to the drafts with everything kept, and is not sent until you submit it again.</source>
        <translation>De order gaat met alle gegevens terug naar de concepten en wordt pas verzonden wanneer u deze opnieuw indient.</translation>
    </message>
    <message>
        <source>&amp;Withdraw and edit</source>
        <translation>&amp;Terughalen en bewerken</translation>
    </message>
    <message>
        <source>&amp;Keep it queued</source>
        <translation>In postvak UIT &amp;laten</translation>
    </message>
    <message>
        <source>The order stays in the outbox: %1</source>
        <translation>De order blijft in het postvak UIT: %1</translation>
    </message>
    <message>
        <source>Order %1 is a draft again: change what you need, then submit it again.</source>
        <translation>Order %1 is weer een concept: wijzig wat nodig is en dien de order daarna opnieuw in.</translation>
    </message>
    <message>
        <source>The draft stays open because it could not be saved: %1 Your changes are kept here and saving is retried.</source>
        <translation>Het concept blijft geopend omdat het niet kon worden opgeslagen: %1 Uw wijzigingen blijven hier bewaard en het opslaan wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The latest changes to this draft could not be saved: %1</source>
        <translation>De laatste wijzigingen in dit concept konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>If you quit now, they are lost. Keep Order Desk open and it keeps trying to save them.</source>
        <translation>Als u nu afsluit, gaan ze verloren. Laat Order Desk geopend; het programma blijft proberen ze op te slaan.</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Niet afsluiten</translation>
    </message>
    <message>
        <source>&amp;Quit and lose them</source>
        <translation>Toch af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Order Desk</source>
        <translation>&amp;Over Order Desk</translation>
    </message>
    <message>
        <source>About Order Desk</source>
        <translation>Over Order Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Order Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Microsoft Teams Operator Connect orders for business customers.&lt;/p&gt;&lt;p&gt;Catalog: %2%3&lt;/p&gt;&lt;p&gt;Drafts: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Order Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Orders voor Microsoft Teams Operator Connect voor zakelijke klanten.&lt;/p&gt;&lt;p&gt;Catalogus: %2%3&lt;/p&gt;&lt;p&gt;Concepten: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (sample data)</source>
        <translation> (voorbeeldgegevens)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Sends what waits in the outbox now, instead of at the next planned attempt</source>
        <translation>Verzendt nu wat in het postvak UIT klaarstaat, in plaats van bij de volgende geplande poging</translation>
    </message>
    <message>
        <source>Signed in to the carrier&apos;s services.</source>
        <translation>Aangemeld bij de services van de operator.</translation>
    </message>
    <message>
        <source>○ Not connected to the carrier</source>
        <translation>○ Niet verbonden met de operator</translation>
    </message>
    <message>
        <source>No carrier services are set up: submitted orders wait in the outbox. Start Order Desk with --upstream, or set the services&apos; addresses in the settings (see the README).</source>
        <translation>Er zijn geen services van de operator ingesteld: ingediende orders wachten in het postvak UIT. Start Order Desk met --upstream, of stel de adressen van de services in bij de instellingen (zie de README).</translation>
    </message>
    <message numerus="yes">
        <source>, %n queued</source>
        <translation>
            <numerusform>, %n in postvak UIT</numerusform>
            <numerusform>, %n in postvak UIT</numerusform>
        </translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>The carrier&apos;s services are reachable.</source>
        <translation>De services van de operator zijn bereikbaar.</translation>
    </message>
    <message>
        <source>⇅ Sending</source>
        <translation>⇅ Bezig met verzenden</translation>
    </message>
    <message>
        <source>Sending to the carrier.</source>
        <translation>Bezig met verzenden naar de operator.</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>The carrier&apos;s services cannot be reached. Orders wait in the outbox and are sent when they can be; nothing is lost.</source>
        <translation>De services van de operator zijn niet bereikbaar. Orders wachten in het postvak UIT en worden verzonden zodra dat kan; er gaat niets verloren.</translation>
    </message>
    <message>
        <source>⚠ Problem</source>
        <translation>⚠ Probleem</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Volgende poging om %1.</translation>
    </message>
    <message>
        <source>Connection to the carrier: %1</source>
        <translation>Verbinding met de operator: %1</translation>
    </message>
    <message>
        <source>Kept in the order: it is sent when the carrier&apos;s services are set up.</source>
        <translation>Bewaard in de order: wordt verzonden zodra de services van de operator zijn ingesteld.</translation>
    </message>
    <message>
        <source>Checking with the carrier&apos;s account service…</source>
        <translation>Bezig met controleren bij de accountservice van de operator…</translation>
    </message>
    <message>
        <source>Queued: checked when the carrier&apos;s account service is reachable.</source>
        <translation>Klaargezet: wordt gecontroleerd zodra de accountservice van de operator bereikbaar is.</translation>
    </message>
    <message>
        <source>ℹ This order is being sent to the carrier: it can no longer be withdrawn. Its state is shown here and in the drafts as the carrier answers.</source>
        <translation>ℹ Deze order wordt naar de operator verzonden: terughalen is niet meer mogelijk. De status wordt hier en bij de concepten weergegeven zodra de operator antwoordt.</translation>
    </message>
    <message>
        <source>ℹ At the carrier: %1. The order is shown as it was submitted; it can no longer be changed here.</source>
        <translation>ℹ Bij de operator: %1. De order wordt weergegeven zoals deze is ingediend; wijzigen is hier niet meer mogelijk.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Order %1 came back from the carrier: %2</source>
        <translation>Order %1 is door de operator teruggestuurd: %2</translation>
    </message>
    <message>
        <source>Order %1 is at the carrier: it is shown as it was submitted.</source>
        <translation>Order %1 is bij de operator: de order wordt weergegeven zoals deze is ingediend.</translation>
    </message>
    <message>
        <source>Order %1 has already gone to the carrier: it can no longer be withdrawn.</source>
        <translation>Order %1 is al naar de operator verzonden: terughalen is niet meer mogelijk.</translation>
    </message>
    <message>
        <source>&amp;Retry sending now</source>
        <translation>Nu opnieuw &amp;verzenden</translation>
    </message>
    <message>
        <source>Sign &amp;in to the carrier&apos;s services</source>
        <translation>Aan&amp;melden bij de services van de operator</translation>
    </message>
    <message>
        <source>Signing in to the carrier&apos;s services…</source>
        <translation>Bezig met aanmelden bij de services van de operator…</translation>
    </message>
    <message>
        <source>Sign &amp;out of the carrier&apos;s services</source>
        <translation>A&amp;fmelden bij de services van de operator</translation>
    </message>
    <message>
        <source>Signed out. Order Desk asks you to sign in again before it sends anything to the carrier.</source>
        <translation>Afgemeld. Order Desk vraagt u zich opnieuw aan te melden voordat er iets naar de operator wordt verzonden.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automatisch (systeemtaal)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Order Desk was started with --language %1, which comes before this setting. %2 is used when Order Desk starts without that option.</source>
        <translation>Order Desk is gestart met --language %1, en dat gaat voor deze instelling. %2 wordt gebruikt wanneer Order Desk zonder die optie wordt gestart.</translation>
    </message>
    <message>
        <source>Order Desk follows the system language (%1) from its next start.</source>
        <translation>Order Desk volgt vanaf de volgende start de systeemtaal (%1).</translation>
    </message>
    <message>
        <source>Order Desk is shown in %1 from its next start.</source>
        <translation>Vanaf de volgende start gebruikt Order Desk de taal %1.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved, and this draft opens again on the same step.</source>
        <translation>Nu opnieuw starten? Alles is opgeslagen en dit concept wordt weer geopend bij dezelfde stap.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved.</source>
        <translation>Nu opnieuw starten? Alles is opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Nu opnieuw starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>De nieuwe taal wordt vanaf de volgende start gebruikt.</translation>
    </message>
</context>
<context>
    <name>od::NumberListEditor</name>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Zoals ingevoerd</translation>
    </message>
    <message>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
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
        <translation>CSV-bestand &amp;importeren…</translation>
    </message>
    <message>
        <source>Numbers to keep, one number or range per line</source>
        <translation>Te behouden nummers, één nummer of reeks per regel</translation>
    </message>
    <message>
        <source>Type or paste single numbers and DDI ranges, one per line, e.g. &quot;069 1234-5600 to -5699&quot;. Each line is checked in the table beside it.</source>
        <translation>Typ of plak losse nummers en nummerreeksen, één per regel, bijv. &quot;069 1234-5600 tot -5699&quot;. Elke regel wordt gecontroleerd in de tabel ernaast.</translation>
    </message>
    <message>
        <source>One per line, e.g.
069 1234-5600 to -5699
+44 (0)20 7946 0000
0612345678</source>
        <translation>Eén per regel, bijv.
069 1234-5600 tot -5699
+44 (0)20 7946 0000
0612345678</translation>
    </message>
    <message>
        <source>Numbers as understood</source>
        <translation>Nummers zoals herkend</translation>
    </message>
    <message>
        <source>Import numbers from a CSV file</source>
        <translation>Nummers importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <source>Numbers: %1 · entries: %2</source>
        <translation>Nummers: %1 · vermeldingen: %2</translation>
    </message>
    <message>
        <source>· ✖ not understood: %1 — line %2: %3</source>
        <translation>· ✖ niet herkend: %1 — regel %2: %3</translation>
    </message>
    <message>
        <source>%1: lines taken: %2</source>
        <translation>%1: overgenomen regels: %2</translation>
    </message>
    <message>
        <source>Pasted: lines taken: %1</source>
        <translation>Geplakt: overgenomen regels: %1</translation>
    </message>
    <message>
        <source> from column %1 of %2.</source>
        <translation> uit kolom %1 van %2.</translation>
    </message>
    <message>
        <source> from column &quot;%1&quot; (%2 of %3).</source>
        <translation> uit kolom &quot;%1&quot; (%2 van %3).</translation>
    </message>
    <message>
        <source>✖ Lines not understood: %1; see Status in the table and correct them.</source>
        <translation>✖ Niet herkende regels: %1; zie Status in de tabel en corrigeer ze.</translation>
    </message>
    <message>
        <source>✖ %1 could not be read: %2</source>
        <translation>✖ %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation>Nummers importeren</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- en tekstbestanden (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
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
        <translation>Vestiging %1</translation>
    </message>
    <message>
        <source>Vali&amp;date address</source>
        <translation>Adres vali&amp;deren</translation>
    </message>
    <message>
        <source>&amp;Area code</source>
        <translation>&amp;Netnummer</translation>
    </message>
    <message>
        <source>&amp;Area code (optional)</source>
        <translation>&amp;Netnummer (optioneel)</translation>
    </message>
    <message>
        <source>In %1 the area code must belong to the office&apos;s city; the list offers the area codes of the city typed above.</source>
        <translation>In %1 moet het netnummer bij de plaats van de vestiging horen; de lijst toont de netnummers van de plaats die hierboven is ingevuld.</translation>
    </message>
    <message>
        <source>Optional: the area code the new numbers should have.</source>
        <translation>Optioneel: het netnummer dat de nieuwe nummers moeten krijgen.</translation>
    </message>
    <message>
        <source>Ne&amp;w numbers</source>
        <translation>Nieu&amp;we nummers</translation>
    </message>
    <message>
        <source>How many new numbers this office gets, 1 to %1.</source>
        <translation>Hoeveel nieuwe nummers deze vestiging krijgt, 1 tot %1.</translation>
    </message>
    <message>
        <source>for us&amp;ers</source>
        <translation>voor gebruik&amp;ers</translation>
    </message>
    <message>
        <source>Of the office&apos;s numbers, how many are for users.</source>
        <translation>Hoeveel van de nummers van de vestiging voor gebruikers zijn.</translation>
    </message>
    <message>
        <source>for resour&amp;ce accounts</source>
        <translation>voor reso&amp;urceaccounts</translation>
    </message>
    <message>
        <source>Of the office&apos;s numbers, how many are for resource accounts (auto attendants, call queues).</source>
        <translation>Hoeveel van de nummers van de vestiging voor resourceaccounts zijn (automatische telefonistes, oproepwachtrijen).</translation>
    </message>
    <message>
        <source>Rese&amp;rve numbers</source>
        <translation>Nu&amp;mmers reserveren</translation>
    </message>
    <message>
        <source>Enabled when the address is validated (or its validation is queued) and the numbers add up.</source>
        <translation>Beschikbaar zodra het adres is gevalideerd (of de validatie klaarstaat) en de aantallen kloppen.</translation>
    </message>
    <message>
        <source>Remove office %1</source>
        <translation>Vestiging %1 verwijderen</translation>
    </message>
    <message>
        <source>The office can be restored with Undo.</source>
        <translation>De vestiging kan met Ongedaan maken worden teruggezet.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>bijv. %1</translation>
    </message>
    <message>
        <source>Finding the area codes of %1…</source>
        <translation>Netnummers van %1 zoeken…</translation>
    </message>
    <message>
        <source>Type the city first: the list then offers its area codes.</source>
        <translation>Vul eerst de plaats in: de lijst toont dan de netnummers ervan.</translation>
    </message>
    <message>
        <source>No area code known for %1: type it.</source>
        <translation>Geen netnummer bekend voor %1: typ het in.</translation>
    </message>
    <message>
        <source>Area codes of %1: %2</source>
        <translation>Netnummers van %1: %2</translation>
    </message>
    <message>
        <source>Complete the address first: company name, street, postal code and city.</source>
        <translation>Vul eerst het adres volledig in: bedrijfsnaam, straat, postcode en plaats.</translation>
    </message>
    <message>
        <source>Office %1: %2</source>
        <translation>Vestiging %1: %2</translation>
    </message>
    <message>
        <source>✔ Validated by the carrier&apos;s address service.</source>
        <translation>✔ Gevalideerd door de adresservice van de operator.</translation>
    </message>
    <message>
        <source>✎ The address was changed: a changed address is a new address, and the earlier validation no longer applies.</source>
        <translation>✎ Het adres is gewijzigd: een gewijzigd adres is een nieuw adres, en de eerdere validatie geldt niet meer.</translation>
    </message>
    <message>
        <source>The numbers of this office are reserved.</source>
        <translation>De nummers van deze vestiging zijn gereserveerd.</translation>
    </message>
    <message>
        <source>Complete the address and validate it first.</source>
        <translation>Vul eerst het adres volledig in en valideer het.</translation>
    </message>
    <message>
        <source>Enter how many numbers to reserve (users + resource accounts = numbers, 1 to %1).</source>
        <translation>Geef aan hoeveel nummers u wilt reserveren (gebruikers + resourceaccounts = nummers, 1 tot %1).</translation>
    </message>
    <message>
        <source>✔ Numbers reserved (%1): %2</source>
        <translation>✔ Nummers gereserveerd (%1): %2</translation>
    </message>
    <message>
        <source>any area of %1</source>
        <translation>willekeurig netnummer in %1</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>netnummer %1</translation>
    </message>
    <message>
        <source>Reservation queued — new numbers: %1 (for users: %2, for resource accounts: %3), %4.</source>
        <translation>Reservering klaargezet — nieuwe nummers: %1 (voor gebruikers: %2, voor resourceaccounts: %3), %4.</translation>
    </message>
    <message>
        <source>The numbers or the area code changed, so the numbers reserved before (%1) no longer apply.</source>
        <translation>De aantallen of het netnummer zijn gewijzigd, dus de eerder gereserveerde nummers (%1) gelden niet meer.</translation>
    </message>
    <message>
        <source>The numbers or the area code changed after Reserve was pressed, so the reservation asked for then is withdrawn.</source>
        <translation>De aantallen of het netnummer zijn gewijzigd nadat op &quot;Nummers reserveren&quot; is geklikt, dus de toen aangevraagde reservering wordt ingetrokken.</translation>
    </message>
    <message>
        <source>office %1 in %2</source>
        <translation>vestiging %1 in %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a field of an office (which office)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Validate the address of %1</source>
        <translation>Adres van %1 valideren</translation>
    </message>
    <message>
        <source>Address validation of %1</source>
        <translation>Adresvalidatie van %1</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Nieuwe nummers</translation>
    </message>
    <message>
        <source>Numbers for users</source>
        <translation>Nummers voor gebruikers</translation>
    </message>
    <message>
        <source>Numbers for resource accounts</source>
        <translation>Nummers voor resourceaccounts</translation>
    </message>
    <message>
        <source>Reserve the numbers of %1</source>
        <translation>Nummers van %1 reserveren</translation>
    </message>
    <message>
        <source>Reservation of %1</source>
        <translation>Reservering van %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>od::OfficesPage</name>
    <message>
        <source>CLIP screening (the network checks the presented number)</source>
        <translation>CLIP-screening (het netwerk controleert het weergegeven nummer)</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP zonder screening</translation>
    </message>
    <message>
        <source>Presentation number</source>
        <translation>Presentatienummer</translation>
    </message>
    <message>
        <source>Per country up to 5 offices with a validated emergency address and up to 100 new numbers each.</source>
        <translation>Per land maximaal 5 vestigingen met een gevalideerd noodadres en elk maximaal 100 nieuwe nummers.</translation>
    </message>
    <message>
        <source>Existing numbers are kept in %1 (step 3): no new numbers or offices here.</source>
        <translation>In %1 blijven bestaande nummers behouden (stap 3): hier geen nieuwe nummers of vestigingen.</translation>
    </message>
    <message>
        <source>%1: offices and new numbers</source>
        <translation>%1: vestigingen en nieuwe nummers</translation>
    </message>
    <message>
        <source>Up to %1 offices. In %2 the area code must belong to the office&apos;s city.</source>
        <translation>Maximaal %1 vestigingen. In %2 moet het netnummer bij de plaats van de vestiging horen.</translation>
    </message>
    <message>
        <source>Up to %1 offices.</source>
        <translation>Maximaal %1 vestigingen.</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>Ongedaan ma&amp;ken</translation>
    </message>
    <message>
        <source>Undo: restore the removed office in %1</source>
        <translation>Ongedaan maken: de verwijderde vestiging in %1 terugzetten</translation>
    </message>
    <message>
        <source>Add &amp;office</source>
        <translation>Vestiging &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add an office in %1</source>
        <translation>Een vestiging toevoegen in %1</translation>
    </message>
    <message>
        <source>Additional services in %1</source>
        <translation>Aanvullende diensten in %1</translation>
    </message>
    <message>
        <source>One-off fees in %1</source>
        <translation>Eenmalige kosten in %1</translation>
    </message>
    <message>
        <source>Call forwardin&amp;g</source>
        <translation>Doorscha&amp;keling</translation>
    </message>
    <message>
        <source>Call forwarding in %1</source>
        <translation>Doorschakeling in %1</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Doorschakelen naar</translation>
    </message>
    <message>
        <source>Only the CLIP options allowed in %1 are offered.</source>
        <translation>Alleen de CLIP-opties die in %1 zijn toegestaan, worden aangeboden.</translation>
    </message>
    <message>
        <source>C&amp;LIP</source>
        <translation>CL&amp;IP</translation>
    </message>
    <message>
        <source>A genuine number of %1 that callees see.</source>
        <translation>Een echt nummer uit %1 dat de gebelde partij te zien krijgt.</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Automatische telefonistes</translation>
    </message>
    <message>
        <source>Call &amp;queues</source>
        <translation>Oproepwachtri&amp;jen</translation>
    </message>
    <message>
        <source>%1 (not offered in %2)</source>
        <translation>%1 (niet beschikbaar in %2)</translation>
    </message>
    <message>
        <source>%1 of %2 offices.</source>
        <translation>%1 van %2 vestigingen.</translation>
    </message>
    <message>
        <source>%1 of %2 offices: the most a country can have.</source>
        <translation>%1 van %2 vestigingen: het maximum per land.</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Vestiging %1</translation>
    </message>
    <message>
        <source>Office %1 (%2)</source>
        <translation>Vestiging %1 (%2)</translation>
    </message>
    <message>
        <source>%1 was removed with everything typed in it. Undo restores it.</source>
        <translation>%1 is verwijderd, met alles wat erin was ingevuld. Met Ongedaan maken wordt deze teruggezet.</translation>
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
        <translation>Eenmalige kosten in %1 (installatie en activering worden berekend op basis van de vestigingen en nummers):
%2
Totaal eenmalig: %3</translation>
    </message>
    <message>
        <source>Each auto attendant and call queue needs a number for a resource account: %1 needed, %2 planned in the offices above.</source>
        <translation>Elke automatische telefoniste en oproepwachtrij heeft een nummer voor een resourceaccount nodig: %1 nodig, %2 gepland in de vestigingen hierboven.</translation>
    </message>
    <message>
        <source>Call forwarding target number in %1</source>
        <translation>Doorschakelnummer in %1</translation>
    </message>
    <message>
        <source>CLIP in %1</source>
        <translation>CLIP in %1</translation>
    </message>
    <message>
        <source>Presentation number in %1</source>
        <translation>Presentatienummer in %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Each one needs a number for a resource account in one of the offices.</source>
        <translation>Voor elk ervan is een nummer voor een resourceaccount in een van de vestigingen nodig.</translation>
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
        <translation>Operator Connect-order</translation>
    </message>
    <message>
        <source>&amp;Save draft and close</source>
        <translation>Concept op&amp;slaan en sluiten</translation>
    </message>
    <message>
        <source>&amp;Withdraw from the outbox to edit</source>
        <translation>&amp;Terughalen uit postvak UIT om te bewerken</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; V&amp;orige</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>Save draft and close</source>
        <translation>Concept opslaan en sluiten</translation>
    </message>
    <message>
        <source>Withdraw from the outbox to edit</source>
        <translation>Terughalen uit postvak UIT om te bewerken</translation>
    </message>
    <message>
        <source>The order goes back to the drafts and can be changed; it is not sent until it is submitted again</source>
        <translation>De order gaat terug naar de concepten en kan worden gewijzigd; de order wordt pas verzonden wanneer deze opnieuw is ingediend</translation>
    </message>
    <message>
        <source>&amp;Back to drafts</source>
        <translation>Terug naar &amp;concepten</translation>
    </message>
    <message>
        <source>Choose the address</source>
        <translation>Adres kiezen</translation>
    </message>
    <message>
        <source>The carrier&apos;s address service does not know the address
%1
exactly. Choose the right one (it is validated next), or Cancel to keep the address as typed and correct it yourself.</source>
        <translation>De adresservice van de operator kent het adres
%1
niet precies. Kies het juiste adres (dat daarna wordt gevalideerd), of kies Annuleren om het adres te houden zoals het is ingevoerd en het zelf te corrigeren.</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>Dit adres &amp;gebruiken</translation>
    </message>
</context>
<context>
    <name>od::Outbox</name>
    <message>
        <source>Operator Connect order %1</source>
        <translation>Operator Connect-order %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Klant: %1</translation>
    </message>
    <message>
        <source>OCN: %1</source>
        <translation>OCN: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Landen: %1</translation>
    </message>
    <message>
        <source>%1: %2 users, %3 new numbers</source>
        <translation>%1: %2 gebruikers, %3 nieuwe nummers</translation>
    </message>
    <message>
        <source>Signed for the customer by %1</source>
        <translation>Namens de klant ondertekend door %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Handtekening: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s Teams tenant has given the carrier its consent.</source>
        <translation>De Teams-tenant van de klant heeft de operator toestemming gegeven.</translation>
    </message>
    <message>
        <source>The customer&apos;s consent in the Teams admin center is pending.</source>
        <translation>De toestemming van de klant in het Teams-beheercentrum is nog in behandeling.</translation>
    </message>
    <message>
        <source>The customer declined the carrier in the Teams admin center: the numbers cannot be uploaded until the customer gives consent.</source>
        <translation>De klant heeft de operator in het Teams-beheercentrum geweigerd: de nummers kunnen pas worden geüpload wanneer de klant toestemming geeft.</translation>
    </message>
    <message>
        <source>The customer has not given the carrier consent in the Teams admin center yet.</source>
        <translation>De klant heeft de operator nog geen toestemming gegeven in het Teams-beheercentrum.</translation>
    </message>
    <message>
        <source>An office</source>
        <translation>Een vestiging</translation>
    </message>
    <message>
        <source>Office %1 in %2</source>
        <translation>Vestiging %1 in %2</translation>
    </message>
    <message>
        <source>%1: the address service refused the address. %2</source>
        <translation>%1: de adresservice heeft het adres geweigerd. %2</translation>
    </message>
    <message>
        <source>%1: the address is validated.</source>
        <translation>%1: het adres is gevalideerd.</translation>
    </message>
    <message>
        <source>%1: the address service suggests corrected addresses: choose one, then validate it.</source>
        <translation>%1: de adresservice stelt gecorrigeerde adressen voor: kies er een en valideer het.</translation>
    </message>
    <message>
        <source>%1: the address service could not confirm the address: correct it and validate it again.</source>
        <translation>%1: de adresservice kon het adres niet bevestigen: corrigeer het en valideer het opnieuw.</translation>
    </message>
    <message>
        <source>%1: the address could not be validated, so no numbers were reserved: correct the address, validate it, then reserve again.</source>
        <translation>%1: het adres kon niet worden gevalideerd, dus er zijn geen nummers gereserveerd: corrigeer het adres, valideer het en reserveer opnieuw.</translation>
    </message>
    <message>
        <source>%1: the address is not validated, so no numbers were reserved: validate it, then reserve again.</source>
        <translation>%1: het adres is niet gevalideerd, dus er zijn geen nummers gereserveerd: valideer het adres en reserveer opnieuw.</translation>
    </message>
    <message>
        <source>%1: no more numbers free in area code %2: choose another area code or fewer numbers.</source>
        <translation>%1: geen vrije nummers meer met netnummer %2: kies een ander netnummer of minder nummers.</translation>
    </message>
    <message>
        <source>%1: the number service refused the reservation. %2</source>
        <translation>%1: de nummerservice heeft de reservering geweigerd. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s) reserved.</source>
        <translation>
            <numerusform>%1: %n nummer gereserveerd.</numerusform>
            <numerusform>%1: %n nummers gereserveerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an existing customer&apos;s OCN and e-mail address can be checked with the carrier.</source>
        <translation>Alleen de OCN en het e-mailadres van een bestaande klant kunnen bij de operator worden gecontroleerd.</translation>
    </message>
    <message>
        <source>The customer is verified: the e-mail address belongs to the OCN.</source>
        <translation>De klant is geverifieerd: het e-mailadres hoort bij de OCN.</translation>
    </message>
    <message>
        <source>The customer could not be verified: the e-mail address is not one of the OCN&apos;s account addresses. Check both with the customer.</source>
        <translation>De klant kon niet worden geverifieerd: het e-mailadres is niet een van de accountadressen van de OCN. Controleer beide met de klant.</translation>
    </message>
    <message>
        <source>The customer could not be verified: %1</source>
        <translation>De klant kon niet worden geverifieerd: %1</translation>
    </message>
    <message>
        <source>Order %1 was not sent: %2</source>
        <translation>Order %1 is niet verzonden: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(en nog %n probleem)</numerusform>
            <numerusform>(en nog %n problemen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 was not accepted: %2</source>
        <translation>Order %1 is niet geaccepteerd: %2</translation>
    </message>
    <message>
        <source>Order %1 was sent to the carrier: %2.</source>
        <translation>Order %1 is naar de operator verzonden: %2.</translation>
    </message>
    <message>
        <source>Please sign: Operator Connect order %1</source>
        <translation>Ter ondertekening: Operator Connect-order %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contract %1</translation>
    </message>
    <message>
        <source>The contract of order %1 could not be sent for signature. %2</source>
        <translation>Het contract van order %1 kon niet ter ondertekening worden verzonden. %2</translation>
    </message>
    <message>
        <source>The contract of order %1 was sent for signature.</source>
        <translation>Het contract van order %1 is ter ondertekening verzonden.</translation>
    </message>
    <message>
        <source>The customer signed order %1; the carrier expects to handle it by %2.</source>
        <translation>De klant heeft order %1 ondertekend; de operator verwacht de order uiterlijk op %2 te verwerken.</translation>
    </message>
    <message>
        <source>Order %1 has a new status: %2.</source>
        <translation>Order %1 heeft een nieuwe status: %2.</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>Het concept bestaat niet meer.</translation>
    </message>
    <message>
        <source>Order %1 was already sent to the carrier.</source>
        <translation>Order %1 is al naar de operator verzonden.</translation>
    </message>
    <message>
        <source>The office no longer exists.</source>
        <translation>De vestiging bestaat niet meer.</translation>
    </message>
    <message>
        <source>The order may already have reached the carrier, so it cannot be withdrawn here. Wait for the carrier&apos;s answer.</source>
        <translation>De order kan de operator al hebben bereikt en kan daarom hier niet worden teruggehaald. Wacht op het antwoord van de operator.</translation>
    </message>
    <message>
        <source>Please sign: porting paperwork of Operator Connect order %1</source>
        <translation>Ter ondertekening: porteringsdocumenten van Operator Connect-order %1</translation>
    </message>
    <message>
        <source>The porting paperwork of order %1 could not be sent for signature. %2</source>
        <translation>De porteringsdocumenten van order %1 konden niet ter ondertekening worden verzonden. %2</translation>
    </message>
    <message>
        <source>The porting paperwork of order %1 was sent for signature.</source>
        <translation>De porteringsdocumenten van order %1 zijn ter ondertekening verzonden.</translation>
    </message>
    <message>
        <source>The customer declined to sign the porting paperwork of order %1. Talk to the customer, then send it for signature again: the numbers are not ported without signed paperwork.</source>
        <translation>De klant heeft geweigerd de porteringsdocumenten van order %1 te ondertekenen. Neem contact op met de klant en verzend ze daarna opnieuw ter ondertekening: zonder ondertekende documenten worden de nummers niet geporteerd.</translation>
    </message>
    <message>
        <source>The signature request for the porting paperwork of order %1 was voided. Send it for signature again: the numbers are not ported without signed paperwork.</source>
        <translation>Het ondertekeningsverzoek voor de porteringsdocumenten van order %1 is vervallen. Verzend ze opnieuw ter ondertekening: zonder ondertekende documenten worden de nummers niet geporteerd.</translation>
    </message>
    <message>
        <source>The customer declined to sign the contract of order %1. Talk to the customer, then send it for signature again: the order is not handled without a signed contract.</source>
        <translation>De klant heeft geweigerd het contract van order %1 te ondertekenen. Neem contact op met de klant en verzend het daarna opnieuw ter ondertekening: zonder ondertekend contract wordt de order niet verwerkt.</translation>
    </message>
    <message>
        <source>The signature request for order %1 was voided. Send it for signature again: the order is not handled without a signed contract.</source>
        <translation>Het ondertekeningsverzoek voor order %1 is vervallen. Verzend het contract opnieuw ter ondertekening: zonder ondertekend contract wordt de order niet verwerkt.</translation>
    </message>
    <message>
        <source>The signed documents of order %1 could not be downloaded. %2</source>
        <translation>De ondertekende documenten van order %1 konden niet worden gedownload. %2</translation>
    </message>
    <message>
        <source>The signed documents of order %1 are kept with the draft.</source>
        <translation>De ondertekende documenten van order %1 worden bij het concept bewaard.</translation>
    </message>
    <message>
        <source>The carrier did not accept the signed paperwork of order %1. %2</source>
        <translation>De operator heeft de ondertekende documenten van order %1 niet geaccepteerd. %2</translation>
    </message>
    <message>
        <source>The signed paperwork of order %1 was sent to the carrier.</source>
        <translation>De ondertekende documenten van order %1 zijn naar de operator verzonden.</translation>
    </message>
    <message>
        <source>Order %1 has not reached the carrier yet: send it for signature once the carrier has it.</source>
        <translation>Order %1 heeft de operator nog niet bereikt: verzend de order ter ondertekening zodra de operator deze heeft ontvangen.</translation>
    </message>
    <message>
        <source>Order %1 is finished at the carrier (%2): nothing is left to sign.</source>
        <translation>Order %1 is bij de operator afgerond (%2): er hoeft niets meer te worden ondertekend.</translation>
    </message>
    <message>
        <source>The signature request of order %1 is on its way.</source>
        <translation>Het ondertekeningsverzoek van order %1 is onderweg.</translation>
    </message>
    <message>
        <source>The customer has signed order %1 already.</source>
        <translation>De klant heeft order %1 al ondertekend.</translation>
    </message>
    <message>
        <source>Order %1 is out for signature: wait for the customer, or for a decline before sending it again.</source>
        <translation>Order %1 ligt ter ondertekening bij de klant: wacht op de ondertekening, of op een weigering voordat u de order opnieuw verzendt.</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs for the customer.</source>
        <translation>Vul de naam in van de persoon die namens de klant ondertekent.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address for the person who signs for the customer.</source>
        <translation>Vul een geldig e-mailadres in van de persoon die namens de klant ondertekent.</translation>
    </message>
    <message>
        <source>The signatory could not be saved with the draft.</source>
        <translation>De ondertekenaar kon niet bij het concept worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>od::PaperworkPanel</name>
    <message>
        <source>Paperwork and signature</source>
        <translation>Documenten en ondertekening</translation>
    </message>
    <message>
        <source>Paperwork checklist by country</source>
        <translation>Checklist documenten per land</translation>
    </message>
    <message>
        <source>One row per country that keeps its numbers: forms generated, sent for signature, signed, sent to the carrier. Arrow keys move between the cells.</source>
        <translation>Eén rij per land waarin de nummers behouden blijven: formulieren gegenereerd, ter ondertekening verzonden, ondertekend, naar de operator verzonden. Met de pijltoetsen gaat u van cel naar cel.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulieren</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Gegenereerd</translation>
    </message>
    <message>
        <source>Sent for signature</source>
        <translation>Ter ondertekening verzonden</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Sent to the carrier</source>
        <translation>Naar de operator verzonden</translation>
    </message>
    <message>
        <source>Preview &amp;contract</source>
        <translation>&amp;Contract bekijken</translation>
    </message>
    <message>
        <source>Preview contract</source>
        <translation>Contract bekijken</translation>
    </message>
    <message>
        <source>Opens the contract as it is sent for signature</source>
        <translation>Opent het contract zoals het ter ondertekening wordt verzonden</translation>
    </message>
    <message>
        <source>&amp;Preview forms</source>
        <translation>&amp;Formulieren bekijken</translation>
    </message>
    <message>
        <source>Preview forms</source>
        <translation>Formulieren bekijken</translation>
    </message>
    <message>
        <source>Opens the contract and every porting form, to read or print</source>
        <translation>Opent het contract en elk porteringsformulier, om te lezen of af te drukken</translation>
    </message>
    <message>
        <source>Sa&amp;ve forms…</source>
        <translation>Formulieren o&amp;pslaan…</translation>
    </message>
    <message>
        <source>Save forms</source>
        <translation>Formulieren opslaan</translation>
    </message>
    <message>
        <source>Saves the contract and every porting form as PDF files into a folder</source>
        <translation>Slaat het contract en elk porteringsformulier als PDF-bestanden op in een map</translation>
    </message>
    <message>
        <source>Send for si&amp;gnature…</source>
        <translation>Ter ondertekenin&amp;g verzenden…</translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation>Ter ondertekening verzenden</translation>
    </message>
    <message>
        <source>Sends the signatory one envelope with the contract and the forms</source>
        <translation>Stuurt de ondertekenaar één envelop met het contract en de formulieren</translation>
    </message>
    <message>
        <source>&amp;Open signed PDF</source>
        <translation>Ondertekende PDF op&amp;enen</translation>
    </message>
    <message>
        <source>Open signed PDF</source>
        <translation>Ondertekende PDF openen</translation>
    </message>
    <message>
        <source>Shows the signed documents</source>
        <translation>Toont de ondertekende documenten</translation>
    </message>
    <message>
        <source>Save signed P&amp;DF…</source>
        <translation>Ondertekende P&amp;DF opslaan…</translation>
    </message>
    <message>
        <source>Save signed PDF</source>
        <translation>Ondertekende PDF opslaan</translation>
    </message>
    <message>
        <source>Saves the signed documents as a PDF file</source>
        <translation>Slaat de ondertekende documenten op als PDF-bestand</translation>
    </message>
    <message>
        <source>The order is not at the carrier yet.</source>
        <translation>De order is nog niet bij de operator.</translation>
    </message>
    <message>
        <source>Not connected to the carrier&apos;s services: Order Desk sends for signature once they are set up.</source>
        <translation>Niet verbonden met de services van de operator: Order Desk verzendt ter ondertekening zodra deze zijn ingesteld.</translation>
    </message>
    <message>
        <source>– Not sent for signature yet.</source>
        <translation>– Nog niet ter ondertekening verzonden.</translation>
    </message>
    <message>
        <source>– The envelope is being prepared.</source>
        <translation>– De envelop wordt voorbereid.</translation>
    </message>
    <message>
        <source>✉ Sent: waiting for the signatory to open and sign it.</source>
        <translation>✉ Verzonden: wacht tot de ondertekenaar de envelop opent en ondertekent.</translation>
    </message>
    <message>
        <source>✉ Delivered: the signatory has opened it and not signed yet.</source>
        <translation>✉ Bezorgd: de ondertekenaar heeft de envelop geopend, maar nog niet ondertekend.</translation>
    </message>
    <message>
        <source>✔ Completed: signed by the signatory.</source>
        <translation>✔ Voltooid: ondertekend door de ondertekenaar.</translation>
    </message>
    <message>
        <source>✖ Declined: the signatory declined to sign. Check the signatory and send again.</source>
        <translation>✖ Geweigerd: de ondertekenaar heeft geweigerd te ondertekenen. Controleer de ondertekenaar en verzend opnieuw.</translation>
    </message>
    <message>
        <source>✖ Voided: the signature request was withdrawn. Send again when ready.</source>
        <translation>✖ Vervallen: het ondertekeningsverzoek is ingetrokken. Verzend opnieuw zodra alles klaar is.</translation>
    </message>
    <message>
        <source>– %1</source>
        <translation>– %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Ondertekening: %1</translation>
    </message>
    <message>
        <source>The contract and the porting forms go to the signatory in one envelope; once signed, they are sent to the carrier.</source>
        <translation>Het contract en de porteringsformulieren gaan in één envelop naar de ondertekenaar; na ondertekening worden ze naar de operator verzonden.</translation>
    </message>
    <message>
        <source>Signature: – the contract goes to the signatory once the carrier has the order.</source>
        <translation>Ondertekening: – het contract gaat naar de ondertekenaar zodra de operator de order heeft ontvangen.</translation>
    </message>
    <message>
        <source>The signed PDF is kept with the order (%1).</source>
        <translation>De ondertekende PDF wordt bij de order bewaard (%1).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation>Opnieuw ver&amp;zenden…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Opnieuw verzenden</translation>
    </message>
    <message>
        <source>Sends the contract to the signatory again</source>
        <translation>Stuurt het contract opnieuw naar de ondertekenaar</translation>
    </message>
    <message>
        <source>Not possible now.</source>
        <translation>Nu niet mogelijk.</translation>
    </message>
    <message>
        <source>✖ The forms cannot be produced: %1</source>
        <translation>✖ De formulieren kunnen niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <source>✖ The contract cannot be produced: %1</source>
        <translation>✖ Het contract kan niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <source>Preparing the contract and the forms…</source>
        <translation>Contract en formulieren worden voorbereid…</translation>
    </message>
    <message>
        <source>Preparing the contract…</source>
        <translation>Contract wordt voorbereid…</translation>
    </message>
    <message>
        <source>Save the contract and the forms into</source>
        <translation>Contract en formulieren opslaan in</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ Saved in %1 (documents: %2).</source>
        <translation>✔ Opgeslagen in %1 (documenten: %2).</translation>
    </message>
    <message>
        <source>The signatory receives one e-signature envelope with the contract and every porting form. Check who signs for the company:</source>
        <translation>De ondertekenaar ontvangt één envelop voor elektronische ondertekening met het contract en elk porteringsformulier. Controleer wie namens het bedrijf ondertekent:</translation>
    </message>
    <message>
        <source>The signatory receives the contract again for e-signature. Check who signs for the company; correct the e-mail address if it was wrong:</source>
        <translation>De ondertekenaar ontvangt het contract opnieuw voor elektronische ondertekening. Controleer wie namens het bedrijf ondertekent; corrigeer het e-mailadres als het onjuist was:</translation>
    </message>
    <message>
        <source>✖ Not sent: %1</source>
        <translation>✖ Niet verzonden: %1</translation>
    </message>
    <message>
        <source>✔ The envelope is queued for %1; it goes out with the next connection to the carrier.</source>
        <translation>✔ De envelop voor %1 staat klaar; deze wordt verzonden bij de volgende verbinding met de operator.</translation>
    </message>
    <message>
        <source>Envelope queued for signature.</source>
        <translation>Envelop klaargezet voor ondertekening.</translation>
    </message>
    <message>
        <source>✖ The signed PDF is not kept with this order.</source>
        <translation>✖ De ondertekende PDF wordt niet bij deze order bewaard.</translation>
    </message>
    <message>
        <source>Signed documents %1</source>
        <translation>Ondertekende documenten %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>✔ Saved as %1.</source>
        <translation>✔ Opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>od::PdfPreviewDialog</name>
    <message>
        <source>the document is not complete</source>
        <translation>het document is niet volledig</translation>
    </message>
    <message>
        <source>the document was not found</source>
        <translation>het document is niet gevonden</translation>
    </message>
    <message>
        <source>it is not a valid PDF</source>
        <translation>het is geen geldige PDF</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>het is beveiligd met een wachtwoord</translation>
    </message>
    <message>
        <source>its protection is not supported</source>
        <translation>de beveiliging ervan wordt niet ondersteund</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>het kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Documentvoorbeeld</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Documentpagina&apos;s</translation>
    </message>
    <message>
        <source>Page Up and Page Down turn the pages; Ctrl+Plus and Ctrl+Minus zoom.</source>
        <translation>Page Up en Page Down bladeren door de pagina&apos;s; Ctrl+Plus en Ctrl+Min zoomen in en uit.</translation>
    </message>
    <message>
        <source>Preview tools</source>
        <translation>Voorbeeldwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>P&amp;age</source>
        <translation>Pa&amp;gina</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Ware grootte</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Ware grootte (100 %)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Opslaan a&amp;ls…</translation>
    </message>
    <message>
        <source>Save this document as a PDF file</source>
        <translation>Dit document als PDF-bestand opslaan</translation>
    </message>
    <message>
        <source>Save a&amp;ll…</source>
        <translation>Alles op&amp;slaan…</translation>
    </message>
    <message>
        <source>Save every document into a folder</source>
        <translation>Elk document opslaan in een map</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print this document</source>
        <translation>Dit document afdrukken</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Save all documents</source>
        <translation>Alle documenten opslaan</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Het voorbeeld sluiten (Esc)</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Het voorbeeld sluiten</translation>
    </message>
    <message>
        <source>✖ This document cannot be shown: %1.</source>
        <translation>✖ Dit document kan niet worden weergegeven: %1.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Voorbeeld: %1</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1 van %2)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Zoom: %1</source>
        <translation>Zoom: %1</translation>
    </message>
    <message>
        <source>There is no document to save.</source>
        <translation>Er is geen document om op te slaan.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>✔ Saved as %1.</source>
        <translation>✔ Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Save all documents into</source>
        <translation>Alle documenten opslaan in</translation>
    </message>
    <message>
        <source>✔ Saved in %1 (documents: %2).</source>
        <translation>✔ Opgeslagen in %1 (documenten: %2).</translation>
    </message>
    <message>
        <source>There is no document to print.</source>
        <translation>Er is geen document om af te drukken.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>De printer kan niet worden gebruikt.</translation>
    </message>
    <message>
        <source>The printer stopped after page %1.</source>
        <translation>De printer is gestopt na pagina %1.</translation>
    </message>
    <message>
        <source>Page %1 could not be prepared for printing.</source>
        <translation>Pagina %1 kon niet worden voorbereid om af te drukken.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 afdrukken</translation>
    </message>
    <message>
        <source>✔ Sent to the printer.</source>
        <translation>✔ Naar de printer verzonden.</translation>
    </message>
</context>
<context>
    <name>od::PortingPage</name>
    <message>
        <source>Per country: keep the customer&apos;s numbers (port or migrate), or get new ones.</source>
        <translation>Per land: de nummers van de klant behouden (porteren of migreren), of nieuwe nummers aanvragen.</translation>
    </message>
    <message>
        <source>The order has no country yet: choose countries on the voice plans page.</source>
        <translation>De order heeft nog geen land: kies landen op de pagina Spraakabonnementen.</translation>
    </message>
    <message>
        <source>&amp;Keep existing numbers in %1 (port or migrate)</source>
        <translation>Bestaande nummers in %1 behouden (porteren o&amp;f migreren)</translation>
    </message>
    <message>
        <source>Keep existing numbers in %1</source>
        <translation>Bestaande nummers in %1 behouden</translation>
    </message>
    <message>
        <source>New numbers in %1 are chosen on the next page (offices and numbers).</source>
        <translation>Nieuwe nummers in %1 kiest u op de volgende pagina (vestigingen en nummers).</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
    <message>
        <source>Port from another &amp;carrier</source>
        <translation>Porteren vanaf &amp;een andere operator</translation>
    </message>
    <message>
        <source>Port the numbers of %1 from another carrier</source>
        <translation>De nummers in %1 porteren vanaf een andere operator</translation>
    </message>
    <message>
        <source>&amp;Migrate numbers already in Teams</source>
        <translation>Nummers die al in Teams staan &amp;migreren</translation>
    </message>
    <message>
        <source>Migrate numbers of %1 already used in Teams</source>
        <translation>Nummers in %1 die al in Teams worden gebruikt migreren</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hoe:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
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
        <translation>Een andere Operator Connect-operator</translation>
    </message>
    <message>
        <source>Teams n&amp;umber type today:</source>
        <translation>Huidig &amp;type Teams-nummer:</translation>
    </message>
    <message>
        <source>Losing carrier in %1</source>
        <translation>Afgevende operator in %1</translation>
    </message>
    <message>
        <source>&amp;Losing carrier:</source>
        <translation>Afgeve&amp;nde operator:</translation>
    </message>
    <message>
        <source>Exactly as the losing carrier knows it, e.g. from its invoice.</source>
        <translation>Precies zoals bekend bij de afgevende operator, bijv. van de factuur.</translation>
    </message>
    <message>
        <source>As on the current carrier&apos;s invoice</source>
        <translation>Zoals op de factuur van de huidige operator</translation>
    </message>
    <message>
        <source>&amp;Account holder:</source>
        <translation>Abonnemen&amp;thouder:</translation>
    </message>
    <message>
        <source>Account holder&apos;s address
(as the carrier has it):</source>
        <translation>Adres van de abonnementhouder
(zoals bekend bij de operator):</translation>
    </message>
    <message>
        <source>Numbe&amp;rs:</source>
        <translation>N&amp;ummers:</translation>
    </message>
    <message>
        <source>Main billin&amp;g number:</source>
        <translation>Hoo&amp;fdnummer:</translation>
    </message>
    <message>
        <source>Requested port date in %1</source>
        <translation>Gewenste porteringsdatum in %1</translation>
    </message>
    <message>
        <source>Use &amp;earliest</source>
        <translation>Vroegste datum &amp;kiezen</translation>
    </message>
    <message>
        <source>Port &amp;date:</source>
        <translation>Porterings&amp;datum:</translation>
    </message>
    <message>
        <source>%1 to %2 working days depending on the numbers</source>
        <translation>%1 tot %2 werkdagen, afhankelijk van de nummers</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 werkdag</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 werkdagen</translation>
    </message>
    <message>
        <source>earliest: %1, %2</source>
        <translation>vroegst: %1, %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (optioneel):</translation>
    </message>
    <message>
        <source>How the numbers reach Teams today in %1</source>
        <translation>Huidig type Teams-nummer in %1</translation>
    </message>
    <message>
        <source>Account holder&apos;s name in %1</source>
        <translation>Naam van de abonnementhouder in %1</translation>
    </message>
    <message>
        <source>account holder in %1</source>
        <translation>abonnementhouder in %1</translation>
    </message>
    <message>
        <source>Main billing number in %1</source>
        <translation>Hoofdnummer in %1</translation>
    </message>
    <message>
        <source>Use the earliest possible port date in %1</source>
        <translation>De vroegst mogelijke porteringsdatum in %1 kiezen</translation>
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
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;To go on:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Om verder te gaan:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;step:%1&quot;&gt;%2&lt;/a&gt;: %3</source>
        <translation>&lt;a href=&quot;step:%1&quot;&gt;%2&lt;/a&gt;: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;On other pages:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Op andere pagina&apos;s:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
</context>
<context>
    <name>od::RecapPage</name>
    <message>
        <source>The whole order. Edit any part; Next comes back here.</source>
        <translation>De volledige order. Bewerk elk onderdeel; met Volgende komt u hier terug.</translation>
    </message>
    <message>
        <source>ℹ This order is queued in the outbox. It will be sent to the carrier when the carrier&apos;s ordering service is reachable; nothing else is needed now.
While it waits it cannot be changed or submitted again. To change it, choose &quot;Withdraw from the outbox to edit&quot;: it goes back to the drafts with everything kept.</source>
        <translation>ℹ Deze order staat in het postvak UIT. De order wordt naar de operator verzonden zodra de orderservice van de operator bereikbaar is; u hoeft nu verder niets te doen.
Zolang de order wacht, kan deze niet worden gewijzigd of opnieuw worden ingediend. Wilt u de order wijzigen, kies dan &quot;Terughalen uit postvak UIT om te bewerken&quot;: de order gaat dan met alle gegevens terug naar de concepten.</translation>
    </message>
    <message>
        <source>Queued in the outbox</source>
        <translation>In het postvak UIT</translation>
    </message>
    <message>
        <source>Order recap</source>
        <translation>Overzicht van de order</translation>
    </message>
    <message>
        <source>The whole order by country, with fees. Tab moves between the Edit links; Enter opens one.</source>
        <translation>De volledige order per land, met kosten. Met Tab gaat u naar de Bewerken-links; met Enter opent u er een.</translation>
    </message>
    <message>
        <source>The order as it was submitted.</source>
        <translation>De order zoals deze is ingediend.</translation>
    </message>
</context>
<context>
    <name>od::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>About revisions</source>
        <translation>Over versies</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>Deze versie &amp;terugzetten</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Deze versie terugzetten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Each revision is a saved state of this draft (the newest %1 are kept). Restoring one keeps the current state as a revision too.</source>
        <translation>Elke versie is een opgeslagen stand van dit concept (de nieuwste %1 worden bewaard). Als u een versie terugzet, wordt de huidige stand ook als versie bewaard.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (huidig)</translation>
    </message>
</context>
<context>
    <name>od::SignatoryDialog</name>
    <message>
        <source>Send for signature</source>
        <translation>Ter ondertekening verzenden</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Naam van de ondertekenaar</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name:</source>
        <translation>&amp;Naam van de ondertekenaar:</translation>
    </message>
    <message>
        <source>Signatory&apos;s e-mail address</source>
        <translation>E-mailadres van de ondertekenaar</translation>
    </message>
    <message>
        <source>The e-signature envelope is sent to this address</source>
        <translation>De envelop voor elektronische ondertekening wordt naar dit adres gestuurd</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>Signatory&apos;s job title</source>
        <translation>Functie van de ondertekenaar</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>The signatory &amp;may sign for the company</source>
        <translation>De ondertekenaar &amp;mag namens het bedrijf tekenen</translation>
    </message>
    <message>
        <source>The signatory may sign for the company</source>
        <translation>De ondertekenaar mag namens het bedrijf tekenen</translation>
    </message>
    <message>
        <source>&amp;Send for signature</source>
        <translation>Ter ondertekening &amp;verzenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Signatory&apos;s name: enter the name of the person who signs.</source>
        <translation>Naam van de ondertekenaar: vul de naam in van de persoon die ondertekent.</translation>
    </message>
    <message>
        <source>E-mail address: enter the signatory&apos;s e-mail address; the envelope is sent there.</source>
        <translation>E-mailadres: vul het e-mailadres van de ondertekenaar in; de envelop wordt daarheen gestuurd.</translation>
    </message>
    <message>
        <source>E-mail address: &quot;%1&quot; is not a valid e-mail address; check it (name@company.com).</source>
        <translation>E-mailadres: &quot;%1&quot; is geen geldig e-mailadres; controleer het (naam@bedrijf.nl).</translation>
    </message>
    <message>
        <source>Job title: enter the signatory&apos;s job title.</source>
        <translation>Functie: vul de functie van de ondertekenaar in.</translation>
    </message>
    <message>
        <source>May sign for the company: confirm that the signatory may sign for the company.</source>
        <translation>Mag namens het bedrijf tekenen: bevestig dat de ondertekenaar namens het bedrijf mag tekenen.</translation>
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
        <translation>De order verzenden.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>&amp;Preview contract</source>
        <translation>&amp;Contract bekijken</translation>
    </message>
    <message>
        <source>Preview contract</source>
        <translation>Contract bekijken</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Indienen</translation>
    </message>
    <message>
        <source>Submit the order</source>
        <translation>De order indienen</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Naam van de ondertekenaar</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name</source>
        <translation>&amp;Naam van de ondertekenaar</translation>
    </message>
    <message>
        <source>Signatory&apos;s e-mail address</source>
        <translation>E-mailadres van de ondertekenaar</translation>
    </message>
    <message>
        <source>The e-signature envelope is sent to this address</source>
        <translation>De envelop voor elektronische ondertekening wordt naar dit adres gestuurd</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mailadres</translation>
    </message>
    <message>
        <source>Signatory&apos;s job title</source>
        <translation>Functie van de ondertekenaar</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>The signatory &amp;may sign for the company</source>
        <translation>De ondertekenaar &amp;mag namens het bedrijf tekenen</translation>
    </message>
    <message>
        <source>The signatory may sign for the company</source>
        <translation>De ondertekenaar mag namens het bedrijf tekenen</translation>
    </message>
    <message>
        <source>Submit to si&amp;gn</source>
        <translation>Indienen ter ondertekenin&amp;g</translation>
    </message>
    <message>
        <source>Submit to sign</source>
        <translation>Indienen ter ondertekening</translation>
    </message>
    <message>
        <source>Sends the order; the signatory receives the contract for e-signature</source>
        <translation>Verzendt de order; de ondertekenaar ontvangt het contract voor elektronische ondertekening</translation>
    </message>
    <message>
        <source>What is missing before the order can be sent</source>
        <translation>Wat er nog ontbreekt voordat de order kan worden verzonden</translation>
    </message>
    <message>
        <source>Existing numbers are kept in at least one country. Preview the contract, then submit. Afterwards, produce the porting or migration forms and get them and the contract signed.</source>
        <translation>In minstens één land blijven bestaande nummers behouden. Bekijk het contract en dien de order daarna in. Maak vervolgens de porterings- of migratieformulieren aan en laat deze en het contract ondertekenen.</translation>
    </message>
    <message>
        <source>Only new numbers: enter who signs for the company. &quot;Submit to sign&quot; sends them the contract for e-signature; once it is signed, the order is confirmed and handled within five working days.</source>
        <translation>Alleen nieuwe nummers: vul in wie namens het bedrijf ondertekent. Met &quot;Indienen ter ondertekening&quot; ontvangt deze persoon het contract voor elektronische ondertekening; na ondertekening wordt de order bevestigd en binnen vijf werkdagen verwerkt.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>ℹ Submitting puts the order in the outbox. Before it is sent, the carrier&apos;s services settle what they alone can:
%1</source>
        <translation>ℹ Bij het indienen komt de order in het postvak UIT. Vóór verzending regelen de services van de operator wat alleen zij kunnen regelen:
%1</translation>
    </message>
    <message>
        <source>The order is queued.</source>
        <translation>De order staat in het postvak UIT.</translation>
    </message>
    <message>
        <source>Not possible yet: see what is missing below.</source>
        <translation>Nog niet mogelijk: zie hieronder wat er ontbreekt.</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation>Op deze pagina</translation>
    </message>
    <message>
        <source>✖ %1: %2</source>
        <translation>✖ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Before the order can be sent (%n):&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>
            <numerusform>&lt;b&gt;Voordat de order kan worden verzonden (%n):&lt;/b&gt;&lt;br&gt;%1</numerusform>
            <numerusform>&lt;b&gt;Voordat de order kan worden verzonden (%n):&lt;/b&gt;&lt;br&gt;%1</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The order is not queued yet: %1</source>
        <translation>✖ De order staat nog niet in het postvak UIT: %1</translation>
    </message>
    <message>
        <source>✔ Queued: the order is in the outbox and will be sent when the carrier&apos;s ordering service is reachable. Nothing else is needed now.</source>
        <translation>✔ In het postvak UIT: de order wordt verzonden zodra de orderservice van de operator bereikbaar is. U hoeft nu verder niets te doen.</translation>
    </message>
    <message>
        <source>Opens the contract the signatory receives, to read, save or print</source>
        <translation>Opent het contract dat de ondertekenaar ontvangt, om te lezen, op te slaan of af te drukken</translation>
    </message>
    <message>
        <source>Preparing the contract…</source>
        <translation>Contract wordt voorbereid…</translation>
    </message>
    <message>
        <source>✖ The contract cannot be shown yet: %1</source>
        <translation>✖ Het contract kan nog niet worden weergegeven: %1</translation>
    </message>
    <message>
        <source>⚠ The carrier sent the order back: %1</source>
        <translation>⚠ De operator heeft de order teruggestuurd: %1</translation>
    </message>
</context>
<context>
    <name>od::VoicePlansPage</name>
    <message>
        <source>Countries, their voice plans and users, and the OCN and BCN of each country.</source>
        <translation>Landen, hun spraakabonnementen en gebruikers, en de OCN en BCN per land.</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Land zoeken</translation>
    </message>
    <message>
        <source>Type part of a country&apos;s name or its code; Enter or Space in the list chooses it.</source>
        <translation>Typ een deel van de naam of de code van een land; met Enter of spatie in de lijst kiest u het.</translation>
    </message>
    <message>
        <source>Type to filter: ger, fr, uk…</source>
        <translation>Typ om te filteren: ger, fr, uk…</translation>
    </message>
    <message>
        <source>F&amp;ind a country:</source>
        <translation>Land &amp;zoeken:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — prices in %2</source>
        <translation>%1 — prijzen in %2</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Check the countries of the order with Space or Enter.</source>
        <translation>Vink de landen van de order aan met spatie of Enter.</translation>
    </message>
    <message>
        <source>C&amp;ountries:</source>
        <translation>&amp;Landen:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>Choose the countries of the order in the list on the left.</source>
        <translation>Kies de landen van de order in de lijst links.</translation>
    </message>
    <message>
        <source>voice plans</source>
        <translation>spraakabonnementen</translation>
    </message>
    <message>
        <source>the BCN</source>
        <translation>BCN</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>vestigingen</translation>
    </message>
    <message>
        <source>the porting details</source>
        <translation>porteringsgegevens</translation>
    </message>
    <message>
        <source>%1 was removed from the order. Its %2 are kept: Undo, or check %1 again, brings them back.</source>
        <translation>%1 is uit de order verwijderd. Bewaard blijven: %2. Met Ongedaan maken, of door %1 opnieuw aan te vinken, komen ze terug.</translation>
    </message>
    <message>
        <source>details</source>
        <translation>gegevens</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No country chosen yet.</source>
        <translation>Nog geen land gekozen.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gekozen: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Users of %1 in %2</source>
        <translation>Gebruikers van %1 in %2</translation>
    </message>
    <message>
        <source>%1 per user / month</source>
        <translation>%1 per gebruiker / maand</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>OCN for %1</source>
        <translation>OCN voor %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s customer number for this country.</source>
        <translation>Het klantnummer bij de operator voor dit land.</translation>
    </message>
    <message>
        <source>OCN:</source>
        <translation>OCN:</translation>
    </message>
    <message>
        <source>BCN for %1</source>
        <translation>BCN voor %1</translation>
    </message>
    <message>
        <source>The billing account under the OCN that pays for this country.</source>
        <translation>Het factuuraccount onder de OCN dat voor dit land betaalt.</translation>
    </message>
    <message>
        <source>B&amp;CN:</source>
        <translation>B&amp;CN:</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Included:</source>
        <translation>Inbegrepen:</translation>
    </message>
    <message numerus="yes">
        <source> user(s)</source>
        <translation>
            <numerusform> gebruiker</numerusform>
            <numerusform> gebruikers</numerusform>
        </translation>
    </message>
    <message>
        <source>How many users get this plan. The numbers for users in a country cannot be more than the users of its plans.</source>
        <translation>Hoeveel gebruikers dit abonnement krijgen. Het aantal nummers voor gebruikers in een land mag niet hoger zijn dan het aantal gebruikers van de abonnementen in dat land.</translation>
    </message>
    <message>
        <source>About %1 in %2</source>
        <translation>Over %1 in %2</translation>
    </message>
</context>
<context>
    <name>od::documentFiles</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>Bestanden vervangen</translation>
    </message>
    <message>
        <source>Files of the same name are in this folder already (%1 of %2). Replace them?</source>
        <translation>Er staan al bestanden met dezelfde naam in deze map (%1 van %2). Wilt u ze vervangen?</translation>
    </message>
</context>
<context>
    <name>od::documents</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>od::documents::Contract</name>
    <message>
        <source>Order form and contract</source>
        <translation>Orderformulier en contract</translation>
    </message>
    <message>
        <source>Operator Connect for Microsoft Teams</source>
        <translation>Operator Connect voor Microsoft Teams</translation>
    </message>
    <message>
        <source>This contract sets out the Operator Connect services for Microsoft Teams that the customer named below orders: voice plans, telephone numbers, options and fees, per country.</source>
        <translation>Dit contract beschrijft de Operator Connect-diensten voor Microsoft Teams die de hieronder genoemde klant bestelt: spraakabonnementen, telefoonnummers, opties en kosten, per land.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Terms and signature</source>
        <translation>Voorwaarden en ondertekening</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contract %1</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Orderreferentie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Customer number (OCN)</source>
        <translation>Klantnummer (OCN)</translation>
    </message>
    <message>
        <source>Online account</source>
        <translation>Online account</translation>
    </message>
    <message>
        <source>New customer: the number is assigned on acceptance</source>
        <translation>Nieuwe klant: het nummer wordt bij acceptatie toegekend</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant ID</source>
        <translation>Microsoft Entra-tenant-ID</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Juridisch adres</translation>
    </message>
    <message>
        <source>Services in %1</source>
        <translation>Diensten in %1</translation>
    </message>
    <message>
        <source>Billing account (BCN)</source>
        <translation>Factuuraccount (BCN)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummers</translation>
    </message>
    <message>
        <source>Existing numbers migrated</source>
        <translation>Bestaande nummers (migratie)</translation>
    </message>
    <message>
        <source>Existing numbers ported</source>
        <translation>Bestaande nummers (portering)</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Nieuwe nummers</translation>
    </message>
    <message>
        <source>Voice plans</source>
        <translation>Spraakabonnementen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Per user and month</source>
        <translation>Per gebruiker per maand</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Offices and new numbers</source>
        <translation>Vestigingen en nieuwe nummers</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Vestiging %1</translation>
    </message>
    <message>
        <source>%1 new numbers: %2 for users, %3 for resource accounts</source>
        <translation>%1 nieuwe nummers: %2 voor gebruikers, %3 voor resourceaccounts</translation>
    </message>
    <message>
        <source>area code %1</source>
        <translation>netnummer %1</translation>
    </message>
    <message>
        <source>No office yet.</source>
        <translation>Nog geen vestiging.</translation>
    </message>
    <message>
        <source>Numbers migrated</source>
        <translation>Gemigreerde nummers</translation>
    </message>
    <message>
        <source>Numbers ported</source>
        <translation>Geporteerde nummers</translation>
    </message>
    <message>
        <source>Current provider</source>
        <translation>Huidige aanbieder</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Afgevende operator</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Gewenste datum</translation>
    </message>
    <message>
        <source>Number or range</source>
        <translation>Nummer of reeks</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Doorschakeling</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Geconfigureerd</translation>
    </message>
    <message>
        <source>Configured, to %1</source>
        <translation>Geconfigureerd, naar %1</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Niet geconfigureerd</translation>
    </message>
    <message>
        <source>Screening (the network checks the presented number)</source>
        <translation>Screening (het netwerk controleert het weergegeven nummer)</translation>
    </message>
    <message>
        <source>No screening</source>
        <translation>Geen screening</translation>
    </message>
    <message>
        <source>Presentation number %1</source>
        <translation>Presentatienummer %1</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Automatische telefonistes</translation>
    </message>
    <message>
        <source>Call queues</source>
        <translation>Oproepwachtrijen</translation>
    </message>
    <message>
        <source>Fees in %1</source>
        <translation>Kosten in %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Totaal in %1</translation>
    </message>
    <message>
        <source>No fees.</source>
        <translation>Geen kosten.</translation>
    </message>
    <message>
        <source>Prices exclude VAT. Monthly fees are billed from the date the numbers are active; one-off fees with the first invoice.</source>
        <translation>Prijzen zijn exclusief btw. Maandelijkse kosten worden gefactureerd vanaf de datum waarop de nummers actief zijn; eenmalige kosten bij de eerste factuur.</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Contactpersoon voor de order</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technische contactpersoon</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Contactpersoon van de klant</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>The customer orders the services above at the prices shown. New numbers are activated, and monthly fees start, within five working days of the signed contract. Ported and migrated numbers move on the date the losing carrier confirms, which may differ from the requested date.</source>
        <translation>De klant bestelt de bovenstaande diensten tegen de vermelde prijzen. Nieuwe nummers worden binnen vijf werkdagen na ontvangst van het ondertekende contract geactiveerd; vanaf dat moment gaan de maandelijkse kosten in. Geporteerde en gemigreerde nummers worden overgezet op de datum die de afgevende operator bevestigt; deze kan afwijken van de gewenste datum.</translation>
    </message>
    <message>
        <source>Numbers are ported or migrated on the strength of the signed letters of authorisation that accompany this contract.</source>
        <translation>Nummers worden geporteerd of gemigreerd op grond van de ondertekende machtigingen die bij dit contract horen.</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>Ondertekend namens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Datum van ondertekening</translation>
    </message>
    <message>
        <source>The signatory confirms being authorised to sign for the customer.</source>
        <translation>De ondertekenaar bevestigt bevoegd te zijn om namens de klant te tekenen.</translation>
    </message>
    <message>
        <source>The order has no country: choose at least one country and its voice plans first.</source>
        <translation>De order heeft geen land: kies eerst minstens één land en de bijbehorende spraakabonnementen.</translation>
    </message>
    <message>
        <source>The contract template is missing from this build.</source>
        <translation>Het contractsjabloon ontbreekt in deze build.</translation>
    </message>
</context>
<context>
    <name>od::documents::PortingForm</name>
    <message>
        <source>Letter of authorisation — %1 (form %2 of %3)</source>
        <translation>Machtiging — %1 (formulier %2 van %3)</translation>
    </message>
    <message>
        <source>Letter of authorisation — %1</source>
        <translation>Machtiging — %1</translation>
    </message>
    <message>
        <source>Form %1 of %2</source>
        <translation>Formulier %1 van %2</translation>
    </message>
    <message>
        <source>Migration of Microsoft Teams numbers to Operator Connect</source>
        <translation>Migratie van Microsoft Teams-nummers naar Operator Connect</translation>
    </message>
    <message>
        <source>Porting of numbers to Operator Connect for Microsoft Teams</source>
        <translation>Portering van nummers naar Operator Connect voor Microsoft Teams</translation>
    </message>
    <message>
        <source>The account holder below asks to move the numbers listed on this form, which it already uses in Microsoft Teams, to Operator Connect.</source>
        <translation>De hieronder vermelde abonnementhouder verzoekt de nummers op dit formulier, die deze al in Microsoft Teams gebruikt, over te zetten naar Operator Connect.</translation>
    </message>
    <message>
        <source>The account holder below asks to move the numbers listed on this form from its current carrier to Operator Connect for Microsoft Teams.</source>
        <translation>De hieronder vermelde abonnementhouder verzoekt de nummers op dit formulier over te zetten van de huidige operator naar Operator Connect voor Microsoft Teams.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Abonnementhouder</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummers</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Machtiging</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Orderreferentie</translation>
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
        <translation>Operator Connect (andere operator)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migratie</translation>
    </message>
    <message>
        <source>Numbers in Teams today</source>
        <translation>Nummers nu in Teams</translation>
    </message>
    <message>
        <source>Current provider</source>
        <translation>Huidige aanbieder</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portering</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Afgevende operator</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Gewenste datum</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Doorlooptijd</translation>
    </message>
    <message>
        <source>%1 to %2 working days, depending on the numbers</source>
        <translation>%1 tot %2 werkdagen, afhankelijk van de nummers</translation>
    </message>
    <message>
        <source>at least %1 working days</source>
        <translation>minstens %1 werkdagen</translation>
    </message>
    <message>
        <source>Form valid for</source>
        <translation>Formulier geldig</translation>
    </message>
    <message>
        <source>%1 months after signature</source>
        <translation>%1 maanden na ondertekening</translation>
    </message>
    <message>
        <source>Main billing number</source>
        <translation>Hoofdnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>National form</source>
        <translation>Nationale notatie</translation>
    </message>
    <message>
        <source>International form (E.164)</source>
        <translation>Internationale notatie (E.164)</translation>
    </message>
    <message>
        <source>Total numbers on this form</source>
        <translation>Totaal aantal nummers op dit formulier</translation>
    </message>
    <message>
        <source>Details required in %1</source>
        <translation>Vereiste gegevens voor %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>the current carrier</source>
        <translation>de huidige operator</translation>
    </message>
    <message>
        <source>%1, the holder of the numbers listed on this form, authorises their transfer from %2 to Operator Connect for Microsoft Teams under order %3, and the end of the service with %2 for these numbers on the day they move. The signatory confirms being authorised to sign for the account holder.</source>
        <translation>%1, houder van de nummers die op dit formulier zijn vermeld, verleent toestemming voor de overzetting van deze nummers van %2 naar Operator Connect voor Microsoft Teams onder order %3, en voor de beëindiging van de dienstverlening door %2 voor deze nummers op de dag van de overzetting. De ondertekenaar bevestigt bevoegd te zijn om namens de abonnementhouder te tekenen.</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Datum van ondertekening</translation>
    </message>
    <message>
        <source>Company stamp</source>
        <translation>Bedrijfsstempel</translation>
    </message>
    <message>
        <source>The order has no country %1 to fill a porting form for.</source>
        <translation>De order heeft geen land %1 waarvoor een porteringsformulier kan worden ingevuld.</translation>
    </message>
    <message>
        <source>The porting form template is missing from this build.</source>
        <translation>Het sjabloon voor het porteringsformulier ontbreekt in deze build.</translation>
    </message>
</context>
<context>
    <name>od::sync::Authenticator</name>
    <message>
        <source>Signing in took too long. Try again.</source>
        <translation>Het aanmelden duurde te lang. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error (HTTP %1). Try again later.</source>
        <translation>De aanmeldservice gaf een foutmelding (HTTP %1). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached. Check the network connection and try again.</source>
        <translation>De aanmeldservice is niet bereikbaar. Controleer de netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Signing in needs a local port to receive the answer, and none could be opened. Try again.</source>
        <translation>Voor het aanmelden is een lokale poort nodig om het antwoord te ontvangen, maar er kon geen poort worden geopend. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Order Desk is signed in. You can close this window.</source>
        <translation>Order Desk is aangemeld. U kunt dit venster sluiten.</translation>
    </message>
    <message>
        <source>Signing in was refused (%1). Try again, or ask an administrator to check your access.</source>
        <translation>Het aanmelden is geweigerd (%1). Probeer het opnieuw, of vraag een beheerder uw toegang te controleren.</translation>
    </message>
    <message>
        <source>Signing in failed. Try again.</source>
        <translation>Het aanmelden is mislukt. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The sign-in service refused the sign-in (HTTP %1). Try again.</source>
        <translation>De aanmeldservice heeft de aanmelding geweigerd (HTTP %1). Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>You signed out of the carrier&apos;s services: nothing is sent until you sign in again (File menu).</source>
        <translation>U bent afgemeld bij de services van de operator: er wordt niets verzonden totdat u zich opnieuw aanmeldt (menu Bestand).</translation>
    </message>
</context>
</TS>
