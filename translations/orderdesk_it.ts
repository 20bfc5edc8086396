<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AppOptions</name>
    <message>
        <source>Order Desk: fill Microsoft Teams Operator Connect orders.</source>
        <translation>Order Desk: compilazione degli ordini Operator Connect per Microsoft Teams.</translation>
    </message>
    <message>
        <source>Keep drafts in &lt;dir&gt; (default: $ORDERDESK_DATA_DIR, else the user&apos;s application data folder).</source>
        <translation>Conserva le bozze in &lt;dir&gt; (predefinito: $ORDERDESK_DATA_DIR, altrimenti la cartella dei dati applicativi dell&apos;utente).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use the product catalog in &lt;file&gt; instead of the bundled one.</source>
        <translation>Usa il catalogo prodotti in &lt;file&gt; invece di quello incluso.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Show the app in &lt;lang&gt; (en, de, ...) instead of the system language.</source>
        <translation>Mostra l&apos;applicazione in &lt;lang&gt; (en, de, ...) invece che nella lingua di sistema.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Vedere --help.</translation>
    </message>
    <message>
        <source>Unknown argument: %1. Try --help.</source>
        <translation>Argomento sconosciuto: %1. Vedere --help.</translation>
    </message>
    <message>
        <source>Send to the carrier&apos;s services and the e-signature service at &lt;url&gt; (all of them; HTTPS, or HTTP to this computer). Default: $ORDERDESK_UPSTREAM, then the settings.</source>
        <translation>Invia ai servizi dell&apos;operatore e al servizio di firma elettronica all&apos;indirizzo &lt;url&gt; (tutti; HTTPS, oppure HTTP verso questo computer). Predefinito: $ORDERDESK_UPSTREAM, poi le impostazioni.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>--upstream needs a web address such as https://carrier.example or http://127.0.0.1:8080, not &quot;%1&quot;.</source>
        <translation>--upstream richiede un indirizzo web come https://carrier.example o http://127.0.0.1:8080, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Commands (no window; DRAFT.json is a draft exported from Order Desk):
  contract DRAFT.json -o FILE.pdf      Write the order&apos;s contract as a PDF.
  porting-forms DRAFT.json -o FOLDER   Write its porting forms (letters of
                                       authorisation) as PDFs into FOLDER.
They exit with 0 when done, 1 when the draft or the output is the problem,
and 2 when the command line is.</source>
        <translation>Comandi (senza finestra; DRAFT.json è una bozza esportata da Order Desk):
  contract DRAFT.json -o FILE.pdf      Scrive il contratto dell&apos;ordine in un PDF.
  porting-forms DRAFT.json -o FOLDER   Scrive i moduli di portabilità (moduli di
                                       autorizzazione) in PDF nella cartella FOLDER.
Codice di uscita: 0 se completati, 1 se il problema è la bozza o l&apos;output,
2 se è la riga di comando.</translation>
    </message>
    <message>
        <source>The commands: write to &lt;path&gt; (contract: the PDF file; porting-forms: the folder, created when missing).</source>
        <translation>Per i comandi: scrive in &lt;path&gt; (contract: il file PDF; porting-forms: la cartella, creata se non esiste).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>contract or porting-forms (see above).</source>
        <translation>contract o porting-forms (vedere sopra).</translation>
    </message>
    <message>
        <source>%1 needs the exported draft to read: %2</source>
        <translation>%1 richiede la bozza esportata da leggere: %2</translation>
    </message>
    <message>
        <source>Unknown argument: %1. Usage: %2</source>
        <translation>Argomento sconosciuto: %1. Uso: %2</translation>
    </message>
    <message>
        <source>%1 needs -o, where to write %2: %3</source>
        <translation>%1 richiede -o, dove scrivere %2: %3</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>il PDF</translation>
    </message>
    <message>
        <source>the forms (a folder)</source>
        <translation>i moduli (una cartella)</translation>
    </message>
    <message>
        <source>-o belongs to the contract and porting-forms commands. Try --help.</source>
        <translation>-o si usa solo con i comandi contract e porting-forms. Vedere --help.</translation>
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
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation>deve essere %1, trovato: %2</translation>
    </message>
    <message>
        <source>unknown key (check the spelling)</source>
        <translation>chiave sconosciuta (verificarne la grafia)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>non può essere vuoto</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <source>must be a whole number, found %1</source>
        <translation>deve essere un numero intero, trovato: %1</translation>
    </message>
    <message>
        <source>must be ≥ 0</source>
        <translation>deve essere ≥ 0</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>deve essere al massimo %1</translation>
    </message>
    <message>
        <source>must list at least one country</source>
        <translation>deve contenere almeno un paese</translation>
    </message>
    <message>
        <source>%1 is already listed as %2</source>
        <translation>%1 è già presente come %2</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 è già usato da %2</translation>
    </message>
    <message>
        <source>%1 is not a country of the Operator Connect footprint</source>
        <translation>%1 non è un paese della copertura Operator Connect</translation>
    </message>
    <message>
        <source>%1 is not a country code: use two upper-case letters (ISO 3166-1 alpha-2), such as &quot;DE&quot;</source>
        <translation>%1 non è un codice paese: usare due lettere maiuscole (ISO 3166-1 alpha-2), ad esempio &quot;DE&quot;</translation>
    </message>
    <message>
        <source>%1 is not a currency code: use three upper-case letters (ISO 4217), such as &quot;EUR&quot;</source>
        <translation>%1 non è un codice valuta: usare tre lettere maiuscole (ISO 4217), ad esempio &quot;EUR&quot;</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency in use</source>
        <translation>%1 non è una valuta ISO 4217 in uso</translation>
    </message>
    <message>
        <source>must list at least one voice plan</source>
        <translation>deve contenere almeno un piano voce</translation>
    </message>
    <message>
        <source>unknown CLIP mode %1 (use &quot;screening&quot;, &quot;noScreening&quot; or &quot;presentationNumber&quot;)</source>
        <translation>modalità CLIP %1 sconosciuta (usare &quot;screening&quot;, &quot;noScreening&quot; o &quot;presentationNumber&quot;)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 è presente due volte</translation>
    </message>
    <message>
        <source>must contain &quot;screening&quot;, the default CLIP mode</source>
        <translation>deve contenere &quot;screening&quot;, la modalità CLIP predefinita</translation>
    </message>
    <message>
        <source>must be 0 (fixed lead time) or at least leadTimeDays (%1)</source>
        <translation>deve essere 0 (tempi di lavorazione fissi) o almeno pari a leadTimeDays (%1)</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1 at offset %2</source>
        <translation>espressione regolare non valida: %1 alla posizione %2</translation>
    </message>
    <message>
        <source>unknown checksum %1 (use &quot;luhn&quot;, &quot;siret&quot;, &quot;nif&quot;, &quot;codiceFiscale&quot;, &quot;itVat&quot; or &quot;&quot;)</source>
        <translation>checksum %1 sconosciuto (usare &quot;luhn&quot;, &quot;siret&quot;, &quot;nif&quot;, &quot;codiceFiscale&quot;, &quot;itVat&quot; o &quot;&quot;)</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 non è una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON: %1 at offset %2 (line %3, column %4)</source>
        <translation>Il catalogo non è un JSON valido: %1 alla posizione %2 (riga %3, colonna %4)</translation>
    </message>
    <message>
        <source>The catalog must be a JSON object with &quot;countries&quot;.</source>
        <translation>Il catalogo deve essere un oggetto JSON con &quot;countries&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>Impossibile leggere il catalogo %1: %2</translation>
    </message>
    <message>
        <source>The bundled catalog is missing from this build (:/catalog.json); link orderdesk_resources.</source>
        <translation>Il catalogo incluso manca in questa build (:/catalog.json); collegare orderdesk_resources.</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>office %1</source>
        <translation>sede %1</translation>
    </message>
    <message>
        <source>Setup: %1</source>
        <translation>Attivazione del servizio: %1</translation>
    </message>
    <message>
        <source>Migration of existing numbers</source>
        <translation>Migrazione dei numeri esistenti</translation>
    </message>
    <message>
        <source>Porting of existing numbers</source>
        <translation>Portabilità dei numeri esistenti</translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation>Installazione: %1</translation>
    </message>
    <message>
        <source>Activation of new numbers: %1</source>
        <translation>Attivazione dei nuovi numeri: %1</translation>
    </message>
    <message>
        <source>Call forwarding configuration</source>
        <translation>Configurazione del trasferimento di chiamata</translation>
    </message>
    <message>
        <source>CLIP configuration</source>
        <translation>Configurazione CLIP</translation>
    </message>
    <message>
        <source>Auto attendant configuration</source>
        <translation>Configurazione del risponditore automatico</translation>
    </message>
    <message>
        <source>Call queue configuration</source>
        <translation>Configurazione della coda di chiamata</translation>
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
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(documento)</translation>
    </message>
    <message>
        <source>unknown field; this version of Order Desk does not know it, and would lose it</source>
        <translation>campo sconosciuto; questa versione di Order Desk non lo riconosce e lo perderebbe</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>previsto %1, trovato: %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>previsto un numero intero, trovato: %1</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD</source>
        <translation>&quot;%1&quot; non è una data; formato previsto AAAA-MM-GG</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation>una data e ora (ISO 8601)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; expected ISO 8601, e.g. 2026-12-03T09:30:00Z</source>
        <translation>&quot;%1&quot; non è una data e ora; formato previsto ISO 8601, ad es. 2026-12-03T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone; expected ISO 8601 with Z or an offset, e.g. 2026-12-03T09:30:00Z</source>
        <translation>&quot;%1&quot; non indica il fuso orario; formato previsto ISO 8601 con Z o uno scostamento, ad es. 2026-12-03T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; non è tra i valori ammessi: %2</translation>
    </message>
    <message>
        <source>needs both latitude and longitude</source>
        <translation>richiede sia la latitudine sia la longitudine</translation>
    </message>
    <message>
        <source>latitude must lie within ±90 and longitude within ±180</source>
        <translation>la latitudine deve essere compresa entro ±90 e la longitudine entro ±180</translation>
    </message>
    <message>
        <source>not a valid order document: %1 at character %2</source>
        <translation>documento d&apos;ordine non valido: %1 al carattere %2</translation>
    </message>
    <message>
        <source>not a valid order document: expected a JSON object</source>
        <translation>documento d&apos;ordine non valido: era previsto un oggetto JSON</translation>
    </message>
    <message>
        <source>missing; this is not an Order Desk order document</source>
        <translation>mancante; questo non è un documento d&apos;ordine di Order Desk</translation>
    </message>
    <message>
        <source>this order was saved by a newer version of Order Desk (schema %1; this version reads up to %2). Update Order Desk to open it.</source>
        <translation>questo ordine è stato salvato da una versione più recente di Order Desk (schema %1; questa versione legge fino allo schema %2). Aggiornare Order Desk per aprirlo.</translation>
    </message>
    <message>
        <source>%1 is not a schema version</source>
        <translation>%1 non è una versione di schema</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of the order</source>
        <translation>&quot;%1&quot; non è un passaggio dell&apos;ordine</translation>
    </message>
    <message>
        <source>missing; every order keeps the reference it was created with</source>
        <translation>mancante; ogni ordine conserva il riferimento con cui è stato creato</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>No phone number: enter it in national form or with the country code (+…).</source>
        <translation>Nessun numero di telefono: inserirlo in formato nazionale o con il prefisso internazionale (+…).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use only digits, spaces and a leading + for the country code.</source>
        <translation>“%1” non è un numero di telefono: usare solo cifre, spazi e un + iniziale per il prefisso internazionale.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: it contains no digits.</source>
        <translation>“%1” non è un numero di telefono: non contiene cifre.</translation>
    </message>
    <message>
        <source>Unknown country code: check the digits after + or 00.</source>
        <translation>Prefisso internazionale sconosciuto: verificare le cifre dopo + o 00.</translation>
    </message>
    <message>
        <source>No country for a national number: enter it with the country code (+…).</source>
        <translation>Nessun paese per un numero in formato nazionale: inserirlo con il prefisso internazionale (+…).</translation>
    </message>
    <message>
        <source>The number is too short: check that no digits are missing.</source>
        <translation>Il numero è troppo corto: verificare che non manchino cifre.</translation>
    </message>
    <message>
        <source>The number is too long: check for extra digits.</source>
        <translation>Il numero è troppo lungo: verificare che non ci siano cifre in più.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” non è un numero di telefono.</translation>
    </message>
    <message>
        <source>The number is too short for %1: check that no digits are missing.</source>
        <translation>Il numero è troppo corto per %1: verificare che non manchino cifre.</translation>
    </message>
    <message>
        <source>The number is too long for %1: check for extra digits.</source>
        <translation>Il numero è troppo lungo per %1: verificare che non ci siano cifre in più.</translation>
    </message>
    <message>
        <source>Not a valid number in %1: check the area code and the number of digits.</source>
        <translation>Numero non valido per %1: verificare il prefisso e il numero di cifre.</translation>
    </message>
    <message>
        <source>The number belongs to %1, not to %2: enter a number of %2 or choose another country.</source>
        <translation>Il numero appartiene a %1, non a %2: inserire un numero di %2 o scegliere un altro paese.</translation>
    </message>
    <message>
        <source>The range has no last number: write it after the separator, e.g. “… to 5699”.</source>
        <translation>Al blocco manca l&apos;ultimo numero: scriverlo dopo il separatore, ad es. “… a 5699”.</translation>
    </message>
    <message>
        <source>First number of the range: %1</source>
        <translation>Primo numero del blocco: %1</translation>
    </message>
    <message>
        <source>Last number of the range: %1</source>
        <translation>Ultimo numero del blocco: %1</translation>
    </message>
    <message>
        <source>The first and last numbers of the range have different lengths (%1 and %2 digits): write both ends in full.</source>
        <translation>Il primo e l&apos;ultimo numero del blocco hanno lunghezze diverse (%1 e %2 cifre): scrivere entrambi gli estremi per intero.</translation>
    </message>
    <message>
        <source>The range ends (%2) before it starts (%1): put the lower number first.</source>
        <translation>Il blocco termina (%2) prima di iniziare (%1): indicare prima il numero più basso.</translation>
    </message>
    <message>
        <source>The range has %1 numbers; at most %2 are allowed: split it into smaller ranges.</source>
        <translation>Il blocco contiene %1 numeri; ne sono consentiti al massimo %2: suddividerlo in blocchi più piccoli.</translation>
    </message>
</context>
<context>
    <name>PortingNumbers</name>
    <message>
        <source>not a number or a range</source>
        <translation>non è un numero né un blocco</translation>
    </message>
    <message>
        <source>Line %1 is a header (&quot;%2&quot;); skipped.</source>
        <translation>La riga %1 è un&apos;intestazione (&quot;%2&quot;); ignorata.</translation>
    </message>
    <message>
        <source>Line %1 has no number in column %2; skipped: %3</source>
        <translation>La riga %1 non contiene alcun numero nella colonna %2; ignorata: %3</translation>
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
        <translation>Impossibile usare il catalogo prodotti:
%1</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Choose another one with --data-dir.</source>
        <translation>Impossibile creare la cartella dei dati %1. Sceglierne un&apos;altra con --data-dir.</translation>
    </message>
    <message>
        <source>Order Desk could not restart: start it again.</source>
        <translation>Impossibile riavviare Order Desk: avviarlo di nuovo.</translation>
    </message>
</context>
<context>
    <name>RecapWriter</name>
    <message>
        <source>not given</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordine %1</translation>
    </message>
    <message>
        <source>Order %1 for %2</source>
        <translation>Ordine %1 per %2</translation>
    </message>
    <message>
        <source>Countries: %1. Existing numbers are kept in at least one country: the contract is previewed and submitted, then the porting forms are signed.</source>
        <translation>Paesi: %1. In almeno un paese si mantengono i numeri esistenti: si visualizza l&apos;anteprima del contratto e si inoltra l&apos;ordine, poi si firmano i moduli di portabilità.</translation>
    </message>
    <message>
        <source>Countries: %1. New numbers only: the signatory signs the contract electronically.</source>
        <translation>Paesi: %1. Solo nuovi numeri: il firmatario firma il contratto elettronicamente.</translation>
    </message>
    <message>
        <source>ℹ Queued in the outbox: the order is sent when the carrier&apos;s ordering service is reachable.</source>
        <translation>ℹ In coda nella posta in uscita: l&apos;ordine viene inviato non appena il servizio ordini dell&apos;operatore è raggiungibile.</translation>
    </message>
    <message>
        <source>✔ The order is complete: it can be submitted on the next page.</source>
        <translation>✔ L&apos;ordine è completo: può essere inoltrato nella pagina successiva.</translation>
    </message>
    <message>
        <source>✔ The order can be submitted on the next page.</source>
        <translation>✔ L&apos;ordine può essere inoltrato nella pagina successiva.</translation>
    </message>
    <message>
        <source>✖ Still to do before the order can be submitted (%1):</source>
        <translation>✖ Da completare prima di poter inoltrare l&apos;ordine (%1):</translation>
    </message>
    <message>
        <source>ℹ Before it is sent, the carrier&apos;s services settle (%1):</source>
        <translation>ℹ Prima dell&apos;invio, i servizi dell&apos;operatore completano (%1):</translation>
    </message>
    <message>
        <source>✎ Edit customer</source>
        <translation>✎ Modifica cliente</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Identificato tramite</translation>
    </message>
    <message>
        <source>OCN and account e-mail</source>
        <translation>OCN ed e-mail dell&apos;account</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>OCN</source>
        <translation>OCN</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>E-mail dell&apos;account</translation>
    </message>
    <message>
        <source>Online account</source>
        <translation>Account online</translation>
    </message>
    <message>
        <source>Online account id</source>
        <translation>ID account online</translation>
    </message>
    <message>
        <source>Not yet a customer (prospect order)</source>
        <translation>Non ancora cliente (ordine di un potenziale cliente)</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Sede legale</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Account check</source>
        <translation>Verifica dell&apos;account</translation>
    </message>
    <message>
        <source>✔ verified by the carrier</source>
        <translation>✔ verificato dall&apos;operatore</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>non ancora verificato</translation>
    </message>
    <message>
        <source>Microsoft tenant ID</source>
        <translation>ID tenant Microsoft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Voice plans, OCN and BCN</source>
        <translation>Piani voce, OCN e BCN</translation>
    </message>
    <message>
        <source>✎ Edit voice plans of %1</source>
        <translation>✎ Modifica piani voce – %1</translation>
    </message>
    <message>
        <source>BCN</source>
        <translation>BCN</translation>
    </message>
    <message>
        <source>No voice plan chosen.</source>
        <translation>Nessun piano voce scelto.</translation>
    </message>
    <message>
        <source>Voice plan</source>
        <translation>Piano voce</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Per user and month</source>
        <translation>Per utente al mese</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensile</translation>
    </message>
    <message>
        <source>Existing numbers: migration</source>
        <translation>Numeri esistenti: migrazione</translation>
    </message>
    <message>
        <source>Existing numbers: port</source>
        <translation>Numeri esistenti: portabilità</translation>
    </message>
    <message>
        <source>✎ Edit the numbers kept in %1</source>
        <translation>✎ Modifica numeri mantenuti – %1</translation>
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
        <translation>Operator Connect (altro operatore)</translation>
    </message>
    <message>
        <source>In Teams today</source>
        <translation>Attualmente in Teams</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Operatore cedente</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Intestatario</translation>
    </message>
    <message>
        <source>Account holder&apos;s address</source>
        <translation>Indirizzo dell&apos;intestatario</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numeri</translation>
    </message>
    <message>
        <source>%1 in total (single numbers: %2, DDI ranges: %3)</source>
        <translation>%1 in totale (numeri singoli: %2, blocchi DDI: %3)</translation>
    </message>
    <message>
        <source>Main billing number</source>
        <translation>Numero principale di fatturazione</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Data richiesta</translation>
    </message>
    <message>
        <source>Offices and new numbers</source>
        <translation>Sedi e nuovi numeri</translation>
    </message>
    <message>
        <source>✎ Edit offices of %1</source>
        <translation>✎ Modifica sedi – %1</translation>
    </message>
    <message>
        <source>No office yet.</source>
        <translation>Ancora nessuna sede.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Address check</source>
        <translation>Convalida indirizzo</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Prefisso</translation>
    </message>
    <message>
        <source>For users</source>
        <translation>Per utenti</translation>
    </message>
    <message>
        <source>For resource accounts</source>
        <translation>Per account risorsa</translation>
    </message>
    <message>
        <source>Reserved numbers</source>
        <translation>Numeri prenotati</translation>
    </message>
    <message>
        <source>✔ validated</source>
        <translation>✔ convalidato</translation>
    </message>
    <message>
        <source>queued, waiting for the address service</source>
        <translation>in coda, in attesa del servizio indirizzi</translation>
    </message>
    <message>
        <source>not validated: press Validate</source>
        <translation>non convalidato: premere Convalida indirizzo</translation>
    </message>
    <message>
        <source>✖ not confirmed by the address service</source>
        <translation>✖ non confermato dal servizio indirizzi</translation>
    </message>
    <message>
        <source>queued, waiting for the number service</source>
        <translation>in coda, in attesa del servizio numerazione</translation>
    </message>
    <message>
        <source>not reserved: press Reserve</source>
        <translation>non prenotati: premere Prenota numeri</translation>
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
        <translation>Servizi aggiuntivi</translation>
    </message>
    <message>
        <source>✎ Edit the services of %1</source>
        <translation>✎ Modifica servizi – %1</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Trasferimento di chiamata</translation>
    </message>
    <message>
        <source>on, to %1</source>
        <translation>attivo, verso %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>CLIP screening (default)</source>
        <translation>CLIP con screening (predefinito)</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP senza screening</translation>
    </message>
    <message>
        <source>presentation number %1</source>
        <translation>numero di presentazione %1</translation>
    </message>
    <message>
        <source>Caller ID (CLIP)</source>
        <translation>Identificativo del chiamante (CLIP)</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Risponditori automatici</translation>
    </message>
    <message>
        <source>Call queues</source>
        <translation>Code di chiamata</translation>
    </message>
    <message>
        <source>✎ Edit contacts</source>
        <translation>✎ Modifica referenti</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Referente per l&apos;ordine</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Referente tecnico</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Sede legale dell&apos;azienda</translation>
    </message>
    <message>
        <source>✔ confirmed by the customer</source>
        <translation>✔ confermata dal cliente</translation>
    </message>
    <message>
        <source>not confirmed by the customer yet</source>
        <translation>non ancora confermata dal cliente</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Costi</translation>
    </message>
    <message>
        <source>No fees yet.</source>
        <translation>Ancora nessun costo.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Una tantum</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Totali per valuta</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Monthly fees are per month from activation; one-off fees are charged once. Currencies are not converted.</source>
        <translation>I canoni mensili si applicano ogni mese dall&apos;attivazione; i costi una tantum sono addebitati una sola volta. Le valute non vengono convertite.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1: the presentation number is not valid: %2</source>
        <translation>%1: il numero di presentazione non è valido: %2</translation>
    </message>
    <message>
        <source>%1: the presentation number is not stored in international form; retype it.</source>
        <translation>%1: il numero di presentazione non è memorizzato in formato internazionale; digitarlo di nuovo.</translation>
    </message>
    <message>
        <source>%1: the call forwarding number is not valid: %2</source>
        <translation>%1: il numero di trasferimento di chiamata non è valido: %2</translation>
    </message>
    <message>
        <source>%1: the call forwarding number is not stored in international form; retype it.</source>
        <translation>%1: il numero di trasferimento di chiamata non è memorizzato in formato internazionale; digitarlo di nuovo.</translation>
    </message>
    <message>
        <source>%1: enter the %2.</source>
        <translation>%1: compilare il campo «%2».</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Enter the e-mail address of %1.</source>
        <translation>Inserire l&apos;indirizzo e-mail %1.</translation>
    </message>
    <message>
        <source>The e-mail address of %1 is not valid: check it (name@company.com).</source>
        <translation>L&apos;indirizzo e-mail %1 non è valido: verificarlo (nome@azienda.it).</translation>
    </message>
    <message>
        <source>Enter the phone number of %1.</source>
        <translation>Inserire il numero di telefono %1.</translation>
    </message>
    <message>
        <source>The phone number of %1 is not valid: %2</source>
        <translation>Il numero di telefono %1 non è valido: %2</translation>
    </message>
    <message>
        <source>The phone number of %1 is not stored in international form; retype it.</source>
        <translation>Il numero di telefono %1 non è memorizzato in formato internazionale; digitarlo di nuovo.</translation>
    </message>
    <message>
        <source>Enter the name of %1.</source>
        <translation>Inserire il nome %1.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s OCN (customer number).</source>
        <translation>Inserire l&apos;OCN (numero cliente) del cliente.</translation>
    </message>
    <message>
        <source>The OCN has 4 to 12 digits and nothing else: check it.</source>
        <translation>L&apos;OCN è composto solo da 4 a 12 cifre: verificarlo.</translation>
    </message>
    <message>
        <source>the customer account (the address on that OCN)</source>
        <translation>dell&apos;account cliente (l&apos;indirizzo registrato su quell&apos;OCN)</translation>
    </message>
    <message>
        <source>The customer is not verified yet: the OCN and e-mail address are checked with the carrier before the order is sent.</source>
        <translation>Il cliente non è ancora verificato: l&apos;OCN e l&apos;indirizzo e-mail vengono verificati con l&apos;operatore prima dell&apos;invio dell&apos;ordine.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s online account id.</source>
        <translation>Inserire l&apos;ID account online del cliente.</translation>
    </message>
    <message>
        <source>The online account is not verified yet: it is checked with the carrier before the order is sent.</source>
        <translation>L&apos;account online non è ancora verificato: viene verificato con l&apos;operatore prima dell&apos;invio dell&apos;ordine.</translation>
    </message>
    <message>
        <source>Enter the prospect&apos;s company name.</source>
        <translation>Inserire la ragione sociale del potenziale cliente.</translation>
    </message>
    <message>
        <source>Legal address of the prospect</source>
        <translation>Sede legale del potenziale cliente</translation>
    </message>
    <message>
        <source>the prospect&apos;s contact</source>
        <translation>del referente del potenziale cliente</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s Microsoft tenant ID (a GUID, from the Microsoft Entra admin center).</source>
        <translation>Inserire l&apos;ID tenant Microsoft del cliente (un GUID, dall&apos;interfaccia di amministrazione di Microsoft Entra).</translation>
    </message>
    <message>
        <source>The tenant ID is not a GUID: it looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Paste it again from the Microsoft Entra admin center.</source>
        <translation>L&apos;ID tenant non è un GUID: deve avere la forma xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Incollarlo di nuovo dall&apos;interfaccia di amministrazione di Microsoft Entra.</translation>
    </message>
    <message>
        <source>The tenant ID is all zeros, a placeholder and no tenant: paste the real one from the Microsoft Entra admin center.</source>
        <translation>L&apos;ID tenant è composto solo da zeri, un segnaposto e non un tenant reale: incollare quello effettivo dall&apos;interfaccia di amministrazione di Microsoft Entra.</translation>
    </message>
    <message>
        <source>Choose at least one country.</source>
        <translation>Scegliere almeno un paese.</translation>
    </message>
    <message>
        <source>%1 is not a country of the catalog: remove it.</source>
        <translation>%1 non è un paese del catalogo: rimuoverlo.</translation>
    </message>
    <message>
        <source>%1: the country is in the order twice; remove one.</source>
        <translation>%1: il paese compare due volte nell&apos;ordine; rimuoverne uno.</translation>
    </message>
    <message>
        <source>Choose at least one voice plan for %1.</source>
        <translation>Scegliere almeno un piano voce per %1.</translation>
    </message>
    <message>
        <source>The voice plan &quot;%1&quot; is not offered in %2: choose another.</source>
        <translation>Il piano voce &quot;%1&quot; non è offerto in %2: sceglierne un altro.</translation>
    </message>
    <message>
        <source>%1 is chosen twice for %2: add the users to one line.</source>
        <translation>%1 è scelto due volte per %2: riunire gli utenti in un&apos;unica riga.</translation>
    </message>
    <message>
        <source>%1 in %2: enter how many users (at least 1), or remove the plan.</source>
        <translation>%1 in %2: indicare il numero di utenti (almeno 1) oppure rimuovere il piano.</translation>
    </message>
    <message>
        <source>Choose the OCN (customer number) for %1.</source>
        <translation>Scegliere l&apos;OCN (numero cliente) per %1.</translation>
    </message>
    <message>
        <source>Choose the BCN (billing account) for %1.</source>
        <translation>Scegliere il BCN (conto di fatturazione) per %1.</translation>
    </message>
    <message>
        <source>%1: choose how the numbers reach Teams today (Calling Plan, Direct Routing or another Operator Connect operator).</source>
        <translation>%1: scegliere il tipo di numero Teams attuale (Calling Plan, Direct Routing o un altro operatore Operator Connect).</translation>
    </message>
    <message>
        <source>%1: enter the carrier the numbers come from.</source>
        <translation>%1: inserire l&apos;operatore cedente da cui provengono i numeri.</translation>
    </message>
    <message>
        <source>%1: enter the account holder&apos;s name exactly as the current carrier knows it.</source>
        <translation>%1: inserire il nome dell&apos;intestatario esattamente come risulta all&apos;operatore attuale.</translation>
    </message>
    <message>
        <source>%1, account holder&apos;s address</source>
        <translation>%1, indirizzo dell&apos;intestatario</translation>
    </message>
    <message>
        <source>%1: enter the numbers to keep (single numbers or DDI ranges).</source>
        <translation>%1: inserire i numeri da mantenere (numeri singoli o blocchi DDI).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number or a range: correct or remove it.</source>
        <translation>%1: &quot;%2&quot; non è un numero né un blocco: correggerlo o rimuoverlo.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 is not stored in international form; correct or re-enter it.</source>
        <translation>%1: %2 non è memorizzato in formato internazionale; correggerlo o inserirlo di nuovo.</translation>
    </message>
    <message>
        <source>%1: end of range %2: %3</source>
        <translation>%1: fine del blocco %2: %3</translation>
    </message>
    <message>
        <source>%1: the end of range %2 is not stored in international form; correct or re-enter it.</source>
        <translation>%1: la fine del blocco %2 non è memorizzata in formato internazionale; correggerla o inserirla di nuovo.</translation>
    </message>
    <message>
        <source>%1: the range %2 must run from the lower to the higher number, both of the same length.</source>
        <translation>%1: il blocco %2 deve andare dal numero più basso al più alto, entrambi della stessa lunghezza.</translation>
    </message>
    <message>
        <source>%1: %2 overlaps entry %3 (%4): list each number once.</source>
        <translation>%1: %2 si sovrappone alla voce %3 (%4): elencare ogni numero una sola volta.</translation>
    </message>
    <message>
        <source>%1: the area code %2 belongs to %3, not to %4 where the account holder is; %5</source>
        <translation>%1: il prefisso %2 appartiene a %3, non a %4 dove si trova l&apos;intestatario; %5</translation>
    </message>
    <message>
        <source>numbers can only be kept at an address in their area.</source>
        <translation>i numeri possono essere mantenuti solo presso un indirizzo della loro area.</translation>
    </message>
    <message>
        <source>the carrier may refuse the port.</source>
        <translation>l&apos;operatore potrebbe rifiutare la portabilità.</translation>
    </message>
    <message>
        <source>%1: enter the main billing number of the account.</source>
        <translation>%1: inserire il numero principale di fatturazione dell&apos;account.</translation>
    </message>
    <message>
        <source>%1: the main billing number is not valid: %2</source>
        <translation>%1: il numero principale di fatturazione non è valido: %2</translation>
    </message>
    <message>
        <source>%1: the main billing number is not stored in international form; re-enter it.</source>
        <translation>%1: il numero principale di fatturazione non è memorizzato in formato internazionale; inserirlo di nuovo.</translation>
    </message>
    <message>
        <source>%1: choose the port date; the earliest possible is %2.</source>
        <translation>%1: scegliere la data di portabilità; la prima data possibile è il %2.</translation>
    </message>
    <message>
        <source>%1: the port date is too early: a port in %2 needs %3 working days, so the earliest is %4.</source>
        <translation>%1: la data di portabilità è troppo vicina: una portabilità in %2 richiede %3 giorni lavorativi, quindi la prima data possibile è il %4.</translation>
    </message>
    <message>
        <source>%1: numbers are ported on working days; %2 is a weekend or public holiday: choose a working day.</source>
        <translation>%1: la portabilità avviene nei giorni lavorativi; il %2 cade di fine settimana o in un giorno festivo: scegliere un giorno lavorativo.</translation>
    </message>
    <message>
        <source>%1: the porting form is valid for %2 months after it is signed, and %3 is later than that from today: choose an earlier date, or have the form signed closer to the port.</source>
        <translation>%1: il modulo di portabilità è valido %2 mesi dalla firma e il %3 cade oltre tale termine a partire da oggi: scegliere una data anteriore oppure far firmare il modulo più a ridosso della portabilità.</translation>
    </message>
    <message>
        <source>%1: the catalog has no public holidays of %2, so the port date was checked against weekends only: make sure %3 is a working day in %4, or update the catalog.</source>
        <translation>%1: il catalogo non contiene i giorni festivi del %2, quindi per la data di portabilità sono stati esclusi solo i fine settimana: accertarsi che il %3 sia un giorno lavorativo in %4 oppure aggiornare il catalogo.</translation>
    </message>
    <message>
        <source>%1: the %2 is not valid: check it.</source>
        <translation>%1: il campo «%2» non è valido: verificarlo.</translation>
    </message>
    <message>
        <source>%1: the %2 is not valid: %3</source>
        <translation>%1: il campo «%2» non è valido: %3</translation>
    </message>
    <message>
        <source>%1: add an office to get new numbers, or keep existing numbers.</source>
        <translation>%1: aggiungere una sede per ottenere nuovi numeri oppure mantenere i numeri esistenti.</translation>
    </message>
    <message>
        <source>%1: at most %2 offices per country; this order has %3. Remove %4.</source>
        <translation>%1: al massimo %2 sedi per paese; questo ordine ne ha %3. Rimuoverne %4.</translation>
    </message>
    <message>
        <source>%1 keeps its existing numbers; remove its offices for new numbers or turn porting off.</source>
        <translation>%1: si mantengono i numeri esistenti; rimuovere le sedi per i nuovi numeri oppure disattivare il mantenimento dei numeri.</translation>
    </message>
    <message>
        <source>%1, office %2</source>
        <translation>%1, sede %2</translation>
    </message>
    <message>
        <source>%1: the address is in %2, but numbers of %3 need an address in %3.</source>
        <translation>%1: l&apos;indirizzo si trova in %2, ma i numeri di %3 richiedono un indirizzo in %3.</translation>
    </message>
    <message>
        <source>%1: the address service could not confirm this address: correct it and validate again.</source>
        <translation>%1: il servizio indirizzi non ha potuto confermare questo indirizzo: correggerlo e convalidarlo di nuovo.</translation>
    </message>
    <message>
        <source>%1: the address is not validated yet: its validation waits for the address service, and the order cannot be sent until it is validated.</source>
        <translation>%1: l&apos;indirizzo non è ancora convalidato: la convalida è in attesa del servizio indirizzi e l&apos;ordine non può essere inviato finché l&apos;indirizzo non è convalidato.</translation>
    </message>
    <message>
        <source>%1: the address is not validated: press Validate once it is complete.</source>
        <translation>%1: l&apos;indirizzo non è convalidato: premere Convalida indirizzo quando è completo.</translation>
    </message>
    <message>
        <source>%1: the validated address has no id or geocode: validate it again.</source>
        <translation>%1: l&apos;indirizzo convalidato non ha ID né geocodifica: convalidarlo di nuovo.</translation>
    </message>
    <message>
        <source>%1: reserve at least one number.</source>
        <translation>%1: prenotare almeno un numero.</translation>
    </message>
    <message>
        <source>%1: at most %2 numbers per office; add another office for more.</source>
        <translation>%1: al massimo %2 numeri per sede; per averne di più, aggiungere un&apos;altra sede.</translation>
    </message>
    <message>
        <source>%1: the numbers for users cannot be negative.</source>
        <translation>%1: i numeri per utenti non possono essere negativi.</translation>
    </message>
    <message>
        <source>%1: the numbers for resource accounts cannot be negative.</source>
        <translation>%1: i numeri per account risorsa non possono essere negativi.</translation>
    </message>
    <message>
        <source>%1: numbers for users (%2) and for resource accounts (%3) must add up to the office&apos;s %4 numbers.</source>
        <translation>%1: la somma dei numeri per utenti (%2) e per account risorsa (%3) deve corrispondere ai %4 nuovi numeri della sede.</translation>
    </message>
    <message>
        <source>%1: choose an area code of %2; in %3 numbers must belong to the office&apos;s locality.</source>
        <translation>%1: scegliere un prefisso per %2; in %3 i numeri devono appartenere alla località della sede.</translation>
    </message>
    <message>
        <source>the office&apos;s city</source>
        <translation>la città della sede</translation>
    </message>
    <message>
        <source>%1: %2 is not an area code of %3: choose an area code of %4.</source>
        <translation>%1: %2 non è un prefisso di %3: scegliere un prefisso di %4.</translation>
    </message>
    <message>
        <source>%1: the area code %2 belongs to %3, not to %4: choose an area code of %4.</source>
        <translation>%1: il prefisso %2 appartiene a %3, non a %4: scegliere un prefisso di %4.</translation>
    </message>
    <message>
        <source>%1: the area code %2 could not be confirmed for %3 offline; check that it belongs to the office&apos;s locality.</source>
        <translation>%1: senza connessione non è stato possibile confermare il prefisso %2 per %3; verificare che appartenga alla località della sede.</translation>
    </message>
    <message>
        <source>%1: numbers were reserved for an address that is not validated: validate the address and reserve again.</source>
        <translation>%1: i numeri sono stati prenotati per un indirizzo non convalidato: convalidare l&apos;indirizzo e prenotare di nuovo.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved yet: the reservation waits for the number service, and the order cannot be sent until they are reserved.</source>
        <translation>%1: i numeri non sono ancora prenotati: la prenotazione è in attesa del servizio numerazione e l&apos;ordine non può essere inviato finché i numeri non sono prenotati.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved: press Reserve.</source>
        <translation>%1: i numeri non sono prenotati: premere Prenota numeri.</translation>
    </message>
    <message>
        <source>%1: the numbers are not reserved: validate the address, then press Reserve.</source>
        <translation>%1: i numeri non sono prenotati: convalidare l&apos;indirizzo, quindi premere Prenota numeri.</translation>
    </message>
    <message>
        <source>%1: %2 numbers are reserved but the office needs %3: reserve again.</source>
        <translation>%1: sono prenotati %2 numeri, ma la sede ne richiede %3: prenotare di nuovo.</translation>
    </message>
    <message>
        <source>%1: the reserved number %2 is not a number of %3: reserve again.</source>
        <translation>%1: il numero prenotato %2 non è un numero di %3: prenotare di nuovo.</translation>
    </message>
    <message>
        <source>%1: the reserved number %2 is not in the area code %3 chosen for the office: reserve again.</source>
        <translation>%1: il numero prenotato %2 non ha il prefisso %3 scelto per la sede: prenotare di nuovo.</translation>
    </message>
    <message>
        <source>%1: %2 numbers for users, but the voice plans cover %3 users: order more users or reserve fewer user numbers.</source>
        <translation>%1: %2 numeri per utenti, ma i piani voce coprono %3 utenti: ordinare più utenti o prenotare meno numeri per utenti.</translation>
    </message>
    <message>
        <source>%1: %2 is not offered in %3; choose CLIP screening.</source>
        <translation>%1: %2 non è offerto in %3; scegliere CLIP con screening.</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP senza screening</translation>
    </message>
    <message>
        <source>a presentation number</source>
        <translation>un numero di presentazione</translation>
    </message>
    <message>
        <source>%1: enter the presentation number, a number of %2 that the customer holds.</source>
        <translation>%1: inserire il numero di presentazione, un numero di %2 intestato al cliente.</translation>
    </message>
    <message>
        <source>%1: enter the number calls are forwarded to, or turn call forwarding off.</source>
        <translation>%1: inserire il numero a cui trasferire le chiamate oppure disattivare il trasferimento di chiamata.</translation>
    </message>
    <message>
        <source>%1: the number of auto attendants cannot be negative.</source>
        <translation>%1: il numero di risponditori automatici non può essere negativo.</translation>
    </message>
    <message>
        <source>%1: the number of call queues cannot be negative.</source>
        <translation>%1: il numero di code di chiamata non può essere negativo.</translation>
    </message>
    <message>
        <source>%1: %2 auto attendants and call queues need as many numbers for resource accounts; %3 are planned: plan more numbers for resource accounts, or fewer auto attendants and call queues.</source>
        <translation>%1: %2 tra risponditori automatici e code di chiamata richiedono altrettanti numeri per account risorsa; ne sono previsti %3: prevedere più numeri per account risorsa oppure meno risponditori automatici e code di chiamata.</translation>
    </message>
    <message>
        <source>the order contact</source>
        <translation>del referente per l&apos;ordine</translation>
    </message>
    <message>
        <source>the technical contact</source>
        <translation>del referente tecnico</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Sede legale dell&apos;azienda</translation>
    </message>
    <message>
        <source>Confirm the legal company address with the customer.</source>
        <translation>Confermare con il cliente la sede legale dell&apos;azienda.</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs the contract.</source>
        <translation>Inserire il nome della persona che firma il contratto.</translation>
    </message>
    <message>
        <source>the signatory</source>
        <translation>del firmatario</translation>
    </message>
    <message>
        <source>Enter the signatory&apos;s job title.</source>
        <translation>Inserire la qualifica del firmatario.</translation>
    </message>
    <message>
        <source>Confirm that the signatory may sign for the company.</source>
        <translation>Confermare che il firmatario è autorizzato a firmare per l&apos;azienda.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>1. Customer</source>
        <translation>1. Cliente</translation>
    </message>
    <message>
        <source>2. Voice plans</source>
        <translation>2. Piani voce</translation>
    </message>
    <message>
        <source>3. Keep existing numbers</source>
        <translation>3. Numeri esistenti</translation>
    </message>
    <message>
        <source>4. Offices and numbers</source>
        <translation>4. Sedi e numeri</translation>
    </message>
    <message>
        <source>5. Contacts</source>
        <translation>5. Referenti</translation>
    </message>
    <message>
        <source>6. Recap</source>
        <translation>6. Riepilogo</translation>
    </message>
    <message>
        <source>7. Submission</source>
        <translation>7. Inoltro</translation>
    </message>
</context>
<context>
    <name>od::AddressForm</name>
    <message>
        <source>Co&amp;mpany name</source>
        <translation>Ragi&amp;one sociale</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>&amp;Via</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>N. civico</translation>
    </message>
    <message>
        <source>Suffi&amp;x</source>
        <translation>S&amp;uffisso</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>CA&amp;P</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Ci&amp;ttà</translation>
    </message>
    <message>
        <source>State / pro&amp;vince</source>
        <translation>Prov&amp;incia / regione</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Pa&amp;ese</translation>
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
        <translation>Le bozze non sono aperte.</translation>
    </message>
</context>
<context>
    <name>od::CatalogText</name>
    <message>
        <source>Austria</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Teams Calling Essentials</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling Essentials</translation>
    </message>
    <message>
        <source>Pay as you go: a number and inbound calls for every user, outbound calls billed per minute. Suits users who mostly receive calls.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>A consumo: un numero e le chiamate in entrata per ogni utente, chiamate in uscita fatturate al minuto. Adatto agli utenti che ricevono soprattutto chiamate.</translation>
    </message>
    <message>
        <source>Unlimited inbound calls</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate in entrata illimitate</translation>
    </message>
    <message>
        <source>Outbound calls billed per minute</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate in uscita fatturate al minuto</translation>
    </message>
    <message>
        <source>A number in Austria for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero austriaco per ogni utente</translation>
    </message>
    <message>
        <source>Teams Calling National</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling National</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Austria. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Austria. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Austria</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Austria</translation>
    </message>
    <message>
        <source>Teams Calling Europe</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling Europe</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles across the EU/EEA, Switzerland and the United Kingdom. For teams that work across borders.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in tutta l&apos;UE/SEE, in Svizzera e nel Regno Unito. Per i team che lavorano oltre i confini nazionali.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the EU/EEA, Switzerland and the UK</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in UE/SEE, Svizzera e Regno Unito</translation>
    </message>
    <message>
        <source>One order form per number; the address must lie in the number&apos;s area.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Un modulo di portabilità per ogni numero; l&apos;indirizzo deve trovarsi nell&apos;area geografica del numero.</translation>
    </message>
    <message>
        <source>Belgium</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Belgio</translation>
    </message>
    <message>
        <source>A number in Belgium for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero belga per ogni utente</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Belgium. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Belgio. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Belgium</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Belgio</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Svizzera</translation>
    </message>
    <message>
        <source>A number in Switzerland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero svizzero per ogni utente</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Switzerland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Svizzera. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Switzerland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Svizzera</translation>
    </message>
    <message>
        <source>Teams Calling International</source>
        <extracomment>A voice plan&apos;s product name (keep the brand)</extracomment>
        <translation>Teams Calling International</translation>
    </message>
    <message>
        <source>Everything in Europe plus 600 minutes a month to landlines in 50 countries outside Europe, pooled across the plan&apos;s users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Tutto ciò che include Teams Calling Europe, più 600 minuti al mese verso i fissi di 50 paesi extraeuropei, condivisi tra gli utenti del piano.</translation>
    </message>
    <message>
        <source>Everything in Teams Calling Europe</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Tutto ciò che include Teams Calling Europe</translation>
    </message>
    <message>
        <source>600 international minutes per user, pooled</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>600 minuti internazionali per utente, condivisi</translation>
    </message>
    <message>
        <source>The losing carrier must confirm the port within 2 working days.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>L&apos;operatore cedente deve confermare la portabilità entro 2 giorni lavorativi.</translation>
    </message>
    <message>
        <source>Germany</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Germania</translation>
    </message>
    <message>
        <source>A number in Germany for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero tedesco per ogni utente</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Germany. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Germania. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Germany</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Germania</translation>
    </message>
    <message>
        <source>Fill in one form per number or DDI range; the form needs the company stamp and a signature. The numbers must lie in the office&apos;s local area.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Compilare un modulo per ogni numero o blocco DDI; il modulo richiede il timbro aziendale e una firma. I numeri devono appartenere all&apos;area locale della sede.</translation>
    </message>
    <message>
        <source>Denmark</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Danimarca</translation>
    </message>
    <message>
        <source>A number in Denmark for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero danese per ogni utente</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Denmark. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Danimarca. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Denmark</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Danimarca</translation>
    </message>
    <message>
        <source>Spain</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Spagna</translation>
    </message>
    <message>
        <source>A number in Spain for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero spagnolo per ogni utente</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Spain. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Spagna. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Spain</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Spagna</translation>
    </message>
    <message>
        <source>NIF/CIF</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>NIF/CIF</translation>
    </message>
    <message>
        <source>The NIF, CIF or NIE of the holder of the numbers, exactly as the current operator has it, e.g. B12345674.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Il NIF, CIF o NIE dell&apos;intestatario dei numeri, esattamente come registrato dall&apos;operatore attuale, ad es. B12345674.</translation>
    </message>
    <message>
        <source>Line access type</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Tipo di accesso della linea</translation>
    </message>
    <message>
        <source>How the numbers are connected today: RTB (analogue), RDSI-BA (ISDN basic), RDSI-PRI (ISDN primary) or VOIP.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Come sono collegati oggi i numeri: RTB (analogico), RDSI-BA (ISDN base), RDSI-PRI (ISDN primario) o VOIP.</translation>
    </message>
    <message>
        <source>Finland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>A number in Finland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero finlandese per ogni utente</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Finland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Finlandia. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Finland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Finlandia</translation>
    </message>
    <message>
        <source>France</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Francia</translation>
    </message>
    <message>
        <source>A number in France for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero francese per ogni utente</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in France. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Francia. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in France</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Francia</translation>
    </message>
    <message>
        <source>The form needs the company stamp and is valid for 3 months after signature.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Il modulo richiede il timbro aziendale ed è valido per 3 mesi dalla firma.</translation>
    </message>
    <message>
        <source>SIRET</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>The 14-digit SIRET of the establishment that holds the numbers (SIREN + NIC), without spaces.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Il codice SIRET di 14 cifre dello stabilimento intestatario dei numeri (SIREN + NIC), senza spazi.</translation>
    </message>
    <message>
        <source>RIO code</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Codice RIO</translation>
    </message>
    <message>
        <source>The 12-character RIO (relevé d&apos;identité opérateur): call 3179 from the line to get it.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Il RIO di 12 caratteri (relevé d&apos;identité opérateur): per ottenerlo, chiamare il 3179 dalla linea.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <source>A number in the United Kingdom for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero britannico per ogni utente</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the United Kingdom. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili nel Regno Unito. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the United Kingdom</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili nel Regno Unito</translation>
    </message>
    <message>
        <source>A port outside office hours costs £220. The lead time grows with the number of numbers and DDI ranges.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Una portabilità fuori dall&apos;orario d&apos;ufficio costa 220 £. I tempi di lavorazione aumentano con la quantità di numeri e di blocchi DDI.</translation>
    </message>
    <message>
        <source>Site postcode</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Codice postale della sede</translation>
    </message>
    <message>
        <source>The postcode of the site where the numbers are used, e.g. SW1A 1AA.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Il codice postale della sede in cui si usano i numeri, ad es. SW1A 1AA.</translation>
    </message>
    <message>
        <source>Ireland</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>A number in Ireland for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero irlandese per ogni utente</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Ireland. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Irlanda. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Ireland</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Irlanda</translation>
    </message>
    <message>
        <source>Italy</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Italia</translation>
    </message>
    <message>
        <source>A number in Italy for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero italiano per ogni utente</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Italy. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Italia. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Italy</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Italia</translation>
    </message>
    <message>
        <source>The migration code comes from the current operator, usually printed on the invoice.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>Il codice di migrazione è fornito dall&apos;operatore attuale ed è di solito riportato in fattura.</translation>
    </message>
    <message>
        <source>Migration code</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Codice di migrazione</translation>
    </message>
    <message>
        <source>The codice di migrazione printed on the current operator&apos;s invoice (12 to 19 letters and digits).</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Il codice di migrazione riportato sulla fattura dell&apos;operatore attuale (da 12 a 19 lettere e cifre).</translation>
    </message>
    <message>
        <source>Representative&apos;s codice fiscale</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Codice fiscale del legale rappresentante</translation>
    </message>
    <message>
        <source>The 16-character codice fiscale of the company&apos;s legal representative, e.g. RSSMRA85T10A562S.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>Il codice fiscale di 16 caratteri del legale rappresentante dell&apos;azienda, ad es. RSSMRA85T10A562S.</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>The company&apos;s 11-digit VAT number (partita IVA), without the IT prefix.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>La partita IVA dell&apos;azienda (11 cifre), senza il prefisso IT.</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <source>A number in the Netherlands for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero olandese per ogni utente</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the Netherlands. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili nei Paesi Bassi. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in the Netherlands</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili nei Paesi Bassi</translation>
    </message>
    <message>
        <source>The departing operator sets the first possible port date; the requested date is a wish.</source>
        <extracomment>Notes on porting numbers in a country, for the rep</extracomment>
        <translation>L&apos;operatore cedente stabilisce la prima data di portabilità possibile; la data richiesta è solo indicativa.</translation>
    </message>
    <message>
        <source>Portugal</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Portogallo</translation>
    </message>
    <message>
        <source>A number in Portugal for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero portoghese per ogni utente</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Portugal. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Portogallo. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Portugal</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Portogallo</translation>
    </message>
    <message>
        <source>Sweden</source>
        <extracomment>A country&apos;s name, as a label or heading</extracomment>
        <translation>Svezia</translation>
    </message>
    <message>
        <source>A number in Sweden for every user</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Un numero svedese per ogni utente</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Sweden. The plan for most office users.</source>
        <extracomment>A voice plan&apos;s description, in its info popup</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Svezia. Il piano adatto alla maggior parte degli utenti d&apos;ufficio.</translation>
    </message>
    <message>
        <source>Unlimited calls to landlines and mobiles in Sweden</source>
        <extracomment>What a voice plan includes, one line of a list</extracomment>
        <translation>Chiamate illimitate verso fissi e mobili in Svezia</translation>
    </message>
    <message>
        <source>Subscriber ID</source>
        <extracomment>The label of a porting form&apos;s field</extracomment>
        <translation>ID abbonato</translation>
    </message>
    <message>
        <source>The 12-digit subscriber ID from the current operator; pad with leading zeros to 12 digits.</source>
        <extracomment>What to type in a porting form&apos;s field</extracomment>
        <translation>L&apos;ID abbonato di 12 cifre fornito dall&apos;operatore attuale; completarlo con zeri iniziali fino a 12 cifre.</translation>
    </message>
    <message>
        <source>Austria</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Belgium</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Belgio</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Svizzera</translation>
    </message>
    <message>
        <source>Germany</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Germania</translation>
    </message>
    <message>
        <source>Denmark</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Danimarca</translation>
    </message>
    <message>
        <source>Spain</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Spagna</translation>
    </message>
    <message>
        <source>Finland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>France</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Francia</translation>
    </message>
    <message>
        <source>the United Kingdom</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <source>Ireland</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Italy</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Italia</translation>
    </message>
    <message>
        <source>the Netherlands</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <source>Portugal</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Portogallo</translation>
    </message>
    <message>
        <source>Sweden</source>
        <comment>a country&apos;s name inside a sentence</comment>
        <extracomment>After a preposition (in, from, for), with the article the language needs</extracomment>
        <translation>Svezia</translation>
    </message>
</context>
<context>
    <name>od::ContactsPage</name>
    <message>
        <source>Who the carrier talks to about the order, and the legal company address.</source>
        <translation>Le persone con cui l&apos;operatore comunica in merito all&apos;ordine e la sede legale dell&apos;azienda.</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Referente per l&apos;ordine</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Referente tecnico</translation>
    </message>
    <message>
        <source>Legal company address</source>
        <translation>Sede legale dell&apos;azienda</translation>
    </message>
    <message>
        <source>The customer confirmed the le&amp;gal address</source>
        <translation>Il cliente &amp;ha confermato la sede legale</translation>
    </message>
    <message>
        <source>The customer confirmed the legal address</source>
        <translation>Il cliente ha confermato la sede legale</translation>
    </message>
    <message>
        <source>Read the address back to the customer and tick when they confirm it. Changing the address clears the tick.</source>
        <translation>Rileggere l&apos;indirizzo al cliente e spuntare la casella quando lo conferma. Se l&apos;indirizzo viene modificato, la spunta si annulla.</translation>
    </message>
    <message>
        <source>Same as or&amp;der contact</source>
        <translation>Come il referente per l&apos;or&amp;dine</translation>
    </message>
    <message>
        <source>Same as order contact</source>
        <translation>Come il referente per l&apos;ordine</translation>
    </message>
    <message>
        <source>Copies the order contact&apos;s name, e-mail, phone and job title into the technical contact</source>
        <translation>Copia nome, e-mail, telefono e qualifica del referente per l&apos;ordine nel referente tecnico</translation>
    </message>
    <message>
        <source>%1: full name</source>
        <translation>%1: nome e cognome</translation>
    </message>
    <message>
        <source>F&amp;ull name</source>
        <translation>Nome e &amp;cognome</translation>
    </message>
    <message>
        <source>Full n&amp;ame</source>
        <translation>&amp;Nome e cognome</translation>
    </message>
    <message>
        <source>%1: e-mail address</source>
        <translation>%1: indirizzo e-mail</translation>
    </message>
    <message>
        <source>E-mail add&amp;ress</source>
        <translation>Indirizzo e-mai&amp;l</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Indirizzo e-&amp;mail</translation>
    </message>
    <message>
        <source>%1: phone number</source>
        <translation>%1: numero di telefono</translation>
    </message>
    <message>
        <source>National form of the order&apos;s first country, or international form with +</source>
        <translation>Formato nazionale del primo paese dell&apos;ordine, oppure formato internazionale con +</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <source>Ph&amp;one number</source>
        <translation>Nume&amp;ro di telefono</translation>
    </message>
    <message>
        <source>%1: job title</source>
        <translation>%1: qualifica</translation>
    </message>
    <message>
        <source>Job tit&amp;le</source>
        <translation>Q&amp;ualifica</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Qualifica</translation>
    </message>
</context>
<context>
    <name>od::CustomerPage</name>
    <message>
        <source>Who orders: the carrier&apos;s customer (OCN and the account e-mail), an online account, or a company that is not a customer yet; and the Microsoft tenant.</source>
        <translation>Chi ordina: un cliente dell&apos;operatore (OCN ed e-mail dell&apos;account), un account online oppure un&apos;azienda non ancora cliente; inoltre il tenant Microsoft.</translation>
    </message>
    <message>
        <source>How is the customer identified?</source>
        <translation>Come viene identificato il cliente?</translation>
    </message>
    <message>
        <source>&amp;Existing customer (OCN and e-mail)</source>
        <translation>&amp;Cliente esistente (OCN ed e-mail)</translation>
    </message>
    <message>
        <source>Existing customer, identified by OCN and e-mail</source>
        <translation>Cliente esistente, identificato tramite OCN ed e-mail</translation>
    </message>
    <message>
        <source>On&amp;line account</source>
        <translation>Account on&amp;line</translation>
    </message>
    <message>
        <source>Existing customer, identified by online account</source>
        <translation>Cliente esistente, identificato tramite account online</translation>
    </message>
    <message>
        <source>Not yet a &amp;customer</source>
        <translation>&amp;Non ancora cliente</translation>
    </message>
    <message>
        <source>Not yet a customer: prospect order</source>
        <translation>Non ancora cliente: ordine di un potenziale cliente</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>Company n&amp;ame</source>
        <translation>&amp;Ragione sociale</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>da 4 a 12 cifre</translation>
    </message>
    <message>
        <source>&amp;OCN (customer number)</source>
        <translation>&amp;OCN (numero cliente)</translation>
    </message>
    <message>
        <source>the e-mail address registered on that OCN</source>
        <translation>l&apos;indirizzo e-mail registrato su questo OCN</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>E-mail dell&apos;account</translation>
    </message>
    <message>
        <source>The e-mail address registered on the OCN</source>
        <translation>L&apos;indirizzo e-mail registrato sull&apos;OCN</translation>
    </message>
    <message>
        <source>Account e-&amp;mail</source>
        <translation>E-&amp;mail dell&apos;account</translation>
    </message>
    <message>
        <source>Online account id</source>
        <translation>ID account online</translation>
    </message>
    <message>
        <source>Online account &amp;id</source>
        <translation>ID acco&amp;unt online</translation>
    </message>
    <message>
        <source>Legal address of the company</source>
        <translation>Sede legale dell&apos;azienda</translation>
    </message>
    <message>
        <source>Contact at the company</source>
        <translation>Referente presso l&apos;azienda</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nome del referente</translation>
    </message>
    <message>
        <source>Contact na&amp;me</source>
        <translation>No&amp;me del referente</translation>
    </message>
    <message>
        <source>Contact e-mail address</source>
        <translation>Indirizzo e-mail del referente</translation>
    </message>
    <message>
        <source>Contact e-mail add&amp;ress</source>
        <translation>Indiri&amp;zzo e-mail del referente</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Numero di telefono del referente</translation>
    </message>
    <message>
        <source>National form of the address&apos;s country, or international form with +</source>
        <translation>Formato nazionale del paese dell&apos;indirizzo, oppure formato internazionale con +</translation>
    </message>
    <message>
        <source>Contact ph&amp;one</source>
        <translation>Telef&amp;ono del referente</translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>Microsoft tenant ID</source>
        <translation>ID tenant Microsoft</translation>
    </message>
    <message>
        <source>A GUID from the Microsoft Entra admin center. Pasted links, braces, spaces and urn:uuid: are removed.</source>
        <translation>Un GUID dall&apos;interfaccia di amministrazione di Microsoft Entra. Link, parentesi graffe, spazi e urn:uuid: incollati vengono rimossi.</translation>
    </message>
    <message>
        <source>Paste it as it comes: a link, braces, spaces or &quot;urn:uuid:&quot; are removed and only the ID is kept.</source>
        <translation>Incollarlo così com&apos;è: link, parentesi graffe, spazi o &quot;urn:uuid:&quot; vengono rimossi e resta solo l&apos;ID.</translation>
    </message>
    <message>
        <source>Microsoft tenant I&amp;D</source>
        <translation>I&amp;D tenant Microsoft</translation>
    </message>
    <message>
        <source>required: the company&apos;s registered name</source>
        <translation>obbligatoria: la denominazione registrata dell&apos;azienda</translation>
    </message>
    <message>
        <source>as the customer writes it; names the order</source>
        <translation>come la scrive il cliente; dà il nome all&apos;ordine</translation>
    </message>
    <message>
        <source>Required for a new customer</source>
        <translation>Obbligatoria per un nuovo cliente</translation>
    </message>
    <message>
        <source>Optional; names the order everywhere</source>
        <translation>Facoltativa; identifica l&apos;ordine ovunque</translation>
    </message>
    <message>
        <source>Account check: not needed. This is a prospect order; the carrier creates the customer account when it accepts the order.</source>
        <translation>Verifica dell&apos;account: non necessaria. Si tratta dell&apos;ordine di un potenziale cliente; l&apos;operatore crea l&apos;account cliente quando accetta l&apos;ordine.</translation>
    </message>
    <message>
        <source>Account check: ✔ verified by the carrier.</source>
        <translation>Verifica dell&apos;account: ✔ verificato dall&apos;operatore.</translation>
    </message>
    <message>
        <source>Account check: ℹ not verified yet. The OCN and the account e-mail are checked with the carrier&apos;s account service before the order is sent; you can go on.</source>
        <translation>Verifica dell&apos;account: ℹ non ancora verificato. L&apos;OCN e l&apos;e-mail dell&apos;account vengono verificati con il servizio account dell&apos;operatore prima dell&apos;invio dell&apos;ordine; è possibile proseguire.</translation>
    </message>
    <message>
        <source>Account check: ℹ not verified yet. The online account is checked with the carrier&apos;s account service before the order is sent; you can go on.</source>
        <translation>Verifica dell&apos;account: ℹ non ancora verificato. L&apos;account online viene verificato con il servizio account dell&apos;operatore prima dell&apos;invio dell&apos;ordine; è possibile proseguire.</translation>
    </message>
    <message>
        <source>✔ Cleaned: only the tenant ID was kept from what was pasted.</source>
        <translation>✔ Ripulito: del testo incollato è stato mantenuto solo l&apos;ID tenant.</translation>
    </message>
    <message>
        <source>Check the account</source>
        <translation>Verifica account</translation>
    </message>
    <message>
        <source>Check the account with the carrier</source>
        <translation>Verifica l&apos;account con l&apos;operatore</translation>
    </message>
    <message>
        <source>Asks the carrier&apos;s account service whether the e-mail address belongs to the OCN</source>
        <translation>Chiede al servizio account dell&apos;operatore se l&apos;indirizzo e-mail appartiene all&apos;OCN</translation>
    </message>
    <message>
        <source>Account check: %1</source>
        <translation>Verifica dell&apos;account: %1</translation>
    </message>
</context>
<context>
    <name>od::DocumentCommands</name>
    <message>
        <source>The product catalog cannot be used:
%1</source>
        <translation>Impossibile usare il catalogo prodotti:
%1</translation>
    </message>
    <message>
        <source>%1: the order has no country, so there is nothing to put in a document. Choose a country and its voice plans first.</source>
        <translation>%1: l&apos;ordine non contiene alcun paese, quindi non c&apos;è nulla da inserire in un documento. Scegliere prima un paese e i relativi piani voce.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: file inesistente.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the draft&apos;s file, exported from Order Desk.</source>
        <translation>%1 è una cartella; indicare il file della bozza esportato da Order Desk.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at character %3.</source>
        <translation>%1 non è un JSON: %2 al carattere %3.</translation>
    </message>
    <message>
        <source>%1 is not an order: it holds JSON, but not an object.</source>
        <translation>%1 non è un ordine: contiene JSON, ma non un oggetto.</translation>
    </message>
    <message>
        <source>%1 is not an order Order Desk can read: %2</source>
        <translation>%1 non è un ordine leggibile da Order Desk: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the PDF to write.</source>
        <translation>%1 è una cartella; indicare il nome del PDF da scrivere.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no country keeps its numbers, so the order needs no porting form.</source>
        <translation>%1: in nessun paese si mantengono i numeri esistenti, quindi l&apos;ordine non richiede moduli di portabilità.</translation>
    </message>
    <message>
        <source>%1 is a file; porting-forms writes into a folder.</source>
        <translation>%1 è un file; porting-forms scrive in una cartella.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
</context>
<context>
    <name>od::DraftBrowser</name>
    <message>
        <source>Drafts</source>
        <translation>Bozze</translation>
    </message>
    <message>
        <source>List title</source>
        <translation>Titolo dell&apos;elenco</translation>
    </message>
    <message>
        <source>Search drafts</source>
        <translation>Cerca nelle bozze</translation>
    </message>
    <message>
        <source>Search customer, OCN or e-mail (Ctrl+F)</source>
        <translation>Cerca cliente, OCN o e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Testo dell&apos;avviso</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>Azione dell&apos;avviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Chiude l&apos;avviso</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nuovo ordine</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nuovo ordine</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Apre la bozza selezionata</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <source>Duplicate the selected draft</source>
        <translation>Duplica la bozza selezionata</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Move the selected draft to the trash</source>
        <translation>Sposta la bozza selezionata nel cestino</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Restore the selected draft from the trash</source>
        <translation>Ripristina la bozza selezionata dal cestino</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>Re&amp;visioni…</translation>
    </message>
    <message>
        <source>Earlier versions of the selected draft</source>
        <translation>Versioni precedenti della bozza selezionata</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <source>Export the selected draft as a file</source>
        <translation>Esporta la bozza selezionata in un file</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Import a draft from a file</source>
        <translation>Importa una bozza da un file</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Cestino</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Mostra il cestino</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Draft list</source>
        <translation>Elenco delle bozze</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Nessuna bozza</translation>
    </message>
    <message>
        <source>Number of drafts</source>
        <translation>Numero di bozze</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>ordine %1</translation>
    </message>
    <message>
        <source>%1 (order %2)</source>
        <translation>%1 (ordine %2)</translation>
    </message>
    <message>
        <source>Copied %1 as a new draft, %2. Reserved numbers stay with the original order.</source>
        <translation>Bozza duplicata: %1 → nuova bozza %2. I numeri prenotati restano all&apos;ordine originale.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash. It is kept there for %2 days.</source>
        <translation>Bozza spostata nel cestino: %1. Viene conservata per %2 giorni.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;lla</translation>
    </message>
    <message>
        <source>Restored %1 to the drafts.</source>
        <translation>Bozza ripristinata dal cestino: %1.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <source>Back to dr&amp;afts</source>
        <translation>&amp;Torna alle bozze</translation>
    </message>
    <message>
        <source>Back to the drafts</source>
        <translation>Torna alle bozze</translation>
    </message>
    <message>
        <source>The drafts cannot be listed: %1</source>
        <translation>Impossibile elencare le bozze: %1</translation>
    </message>
    <message>
        <source>No draft matches “%1”.</source>
        <translation>Nessuna bozza corrisponde a “%1”.</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted drafts stay here for %1 days.</source>
        <translation>Il cestino è vuoto. Le bozze eliminate restano qui per %1 giorni.</translation>
    </message>
    <message>
        <source>No drafts yet. Press Ctrl+N to start an order: it is saved as you type.</source>
        <translation>Ancora nessuna bozza. Premere Ctrl+N per iniziare un ordine: viene salvato durante la digitazione.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) in the trash</source>
        <translation>
            <numerusform>%n bozza nel cestino</numerusform>
            <numerusform>%n bozze nel cestino</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n bozza</numerusform>
            <numerusform>%n bozze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n draft(s)</source>
        <translation>
            <numerusform>%1 di %n bozza</numerusform>
            <numerusform>%1 di %n bozze</numerusform>
        </translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>Esporta bozza</translation>
    </message>
    <message>
        <source>Order Desk orders (*.json)</source>
        <translation>Ordini Order Desk (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Bozza esportata in %2: %1.</translation>
    </message>
    <message>
        <source>Import draft</source>
        <translation>Importa bozza</translation>
    </message>
    <message>
        <source>Order Desk orders (*.json);;All files (*)</source>
        <translation>Ordini Order Desk (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation>%1 non è stato importato. %2</translation>
    </message>
    <message>
        <source>It cannot be read: %1</source>
        <translation>Impossibile leggerlo: %1</translation>
    </message>
    <message>
        <source>It is too large to be an order (%1 MB).</source>
        <translation>È troppo grande per essere un ordine (%1 MB).</translation>
    </message>
    <message>
        <source>Imported %1 as a new draft with order reference %2, because a draft of that order is already here.</source>
        <translation>%1 importato come nuova bozza con riferimento d&apos;ordine %2, poiché è già presente una bozza di quell&apos;ordine.</translation>
    </message>
    <message>
        <source>Imported %1 as order %2.</source>
        <translation>%1 importato come ordine %2.</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox, as it was submitted. To go back to an earlier version, open it and withdraw it from the outbox first.</source>
        <translation>L&apos;ordine è in coda nella posta in uscita così come è stato inoltrato (%1). Per tornare a una versione precedente, aprirlo e ritirarlo prima dalla posta in uscita.</translation>
    </message>
    <message>
        <source>Restored revision %1 of %2. The version it replaced is kept as a revision.</source>
        <translation>Ripristinata la revisione %1 (%2). La versione sostituita viene conservata come revisione.</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox, as it was submitted, and is not moved to the trash. To delete it, open it and withdraw it from the outbox first.</source>
        <translation>L&apos;ordine è in coda nella posta in uscita così come è stato inoltrato e non viene spostato nel cestino (%1). Per eliminarlo, aprirlo e ritirarlo prima dalla posta in uscita.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informazione</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>od::DraftListModel</name>
    <message>
        <source>Order %1</source>
        <translation>Ordine %1</translation>
    </message>
    <message>
        <source>OCN %1</source>
        <translation>OCN %1</translation>
    </message>
    <message>
        <source>In the trash since %1</source>
        <translation>Nel cestino dal %1</translation>
    </message>
    <message>
        <source>(no customer yet)</source>
        <translation>(ancora nessun cliente)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>the customer declined to sign</source>
        <translation>il cliente ha rifiutato di firmare</translation>
    </message>
    <message>
        <source>the signature request was withdrawn</source>
        <translation>la richiesta di firma è stata ritirata</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmato</translation>
    </message>
    <message>
        <source>waiting for the signature</source>
        <translation>in attesa della firma</translation>
    </message>
    <message>
        <source>expected to be handled on %1</source>
        <translation>evasione prevista il %1</translation>
    </message>
    <message>
        <source>⚠ %1 · needs your attention</source>
        <translation>⚠ %1 · richiede attenzione</translation>
    </message>
</context>
<context>
    <name>od::DraftStore</name>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inoltrato</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>In attesa di firma</translation>
    </message>
    <message>
        <source>Porting paperwork</source>
        <translation>Documenti di portabilità</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In lavorazione</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Voice plans</source>
        <translation>Piani voce</translation>
    </message>
    <message>
        <source>Keep numbers</source>
        <translation>Numeri esistenti</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Nuovi numeri</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Inoltro</translation>
    </message>
    <message>
        <source>The draft file was missing.</source>
        <translation>Il file delle bozze non era presente.</translation>
    </message>
    <message>
        <source>The draft file was damaged (%1). It was kept as %2.</source>
        <translation>Il file delle bozze era danneggiato (%1). È stato conservato come %2.</translation>
    </message>
    <message>
        <source>No usable backup was found, so the list of drafts starts empty. Ask support to look at the kept file.</source>
        <translation>Non è stato trovato alcun backup utilizzabile, quindi l&apos;elenco delle bozze riparte vuoto. Chiedere all&apos;assistenza di esaminare il file conservato.</translation>
    </message>
    <message>
        <source>The drafts were restored from the backup of %1.</source>
        <translation>Le bozze sono state ripristinate dal backup del %1.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e altre %1</translation>
    </message>
    <message>
        <source>no customer yet</source>
        <translation>ancora nessun cliente</translation>
    </message>
    <message>
        <source>No draft had changed since that backup.</source>
        <translation>Nessuna bozza era stata modificata dopo quel backup.</translation>
    </message>
    <message>
        <source>These drafts changed after it and are now older: %1.</source>
        <translation>Queste bozze sono state modificate dopo il backup e ora sono in una versione precedente: %1.</translation>
    </message>
    <message>
        <source>These drafts were started after it and could not be restored: %1.</source>
        <translation>Queste bozze sono state create dopo il backup e non è stato possibile ripristinarle: %1.</translation>
    </message>
    <message>
        <source>Changes made after %1 are missing. Check these drafts: %2.</source>
        <translation>Mancano le modifiche apportate dopo il %1. Verificare queste bozze: %2.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Impossibile creare la cartella dei dati %1.</translation>
    </message>
    <message>
        <source>The drafts in %1 are open in another Order Desk window (process %2 on %3). Close it there, then try again.</source>
        <translation>Le bozze in %1 sono aperte in un&apos;altra finestra di Order Desk (processo %2 su %3). Chiudere quella finestra, quindi riprovare.</translation>
    </message>
    <message>
        <source>The drafts in %1 are open in another Order Desk window. Close it there, then try again.</source>
        <translation>Le bozze in %1 sono aperte in un&apos;altra finestra di Order Desk. Chiudere quella finestra, quindi riprovare.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: the lock file cannot be written.</source>
        <translation>Impossibile usare la cartella dei dati %1: non è possibile scrivere il file di blocco.</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be created: %2</source>
        <translation>Impossibile creare il file delle bozze %1: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be created.</source>
        <translation>Impossibile creare il file delle bozze %1.</translation>
    </message>
    <message>
        <source>The draft file %1 is damaged and cannot be moved aside. Nothing was changed; ask support for help.</source>
        <translation>Il file delle bozze %1 è danneggiato e non può essere messo da parte. Non è stato modificato nulla; rivolgersi all&apos;assistenza.</translation>
    </message>
    <message>
        <source>The drafts in %1 were saved by a newer version of Order Desk (%2, store version %3; this version reads up to %4). Nothing was changed. Use the newer version to open them.</source>
        <translation>Le bozze in %1 sono state salvate da una versione più recente di Order Desk (%2, versione dell&apos;archivio %3; questa versione legge fino alla %4). Non è stato modificato nulla. Usare la versione più recente per aprirle.</translation>
    </message>
    <message>
        <source>%1 is a database, but not Order Desk&apos;s drafts. Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>%1 è un database, ma non contiene bozze di Order Desk. Non è stato modificato nulla. Scegliere un&apos;altra cartella dei dati con --data-dir.</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be opened: %2</source>
        <translation>Impossibile aprire il file delle bozze %1: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be used: %2</source>
        <translation>Impossibile usare il file delle bozze %1: %2</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be updated to this version: %2</source>
        <translation>Impossibile aggiornare il file delle bozze %1 a questa versione: %2</translation>
    </message>
    <message>
        <source>The drafts are not open.</source>
        <translation>Le bozze non sono aperte.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Impossibile salvare la bozza: %1</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>La bozza non esiste più.</translation>
    </message>
    <message>
        <source>The order %1 cannot be saved over the draft of order %2.</source>
        <translation>Impossibile salvare l&apos;ordine %1 sovrascrivendo la bozza dell&apos;ordine %2.</translation>
    </message>
    <message>
        <source>The draft could not be created: %1</source>
        <translation>Impossibile creare la bozza: %1</translation>
    </message>
    <message>
        <source>The draft could not be created: the order has no reference.</source>
        <translation>Impossibile creare la bozza: l&apos;ordine non ha un riferimento.</translation>
    </message>
    <message>
        <source>A draft of order %1 already exists.</source>
        <translation>Esiste già una bozza dell&apos;ordine %1.</translation>
    </message>
    <message>
        <source>The draft of order %1 cannot be read: %2</source>
        <translation>Impossibile leggere la bozza dell&apos;ordine %1: %2</translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>Impossibile salvare lo stato: %1</translation>
    </message>
    <message>
        <source>The draft could not be moved to the trash: %1</source>
        <translation>Impossibile spostare la bozza nel cestino: %1</translation>
    </message>
    <message>
        <source>The draft could not be restored: %1</source>
        <translation>Impossibile ripristinare la bozza: %1</translation>
    </message>
    <message>
        <source>Revision %1 of this draft no longer exists.</source>
        <translation>La revisione %1 di questa bozza non esiste più.</translation>
    </message>
    <message>
        <source>Revision %1 cannot be read: %2</source>
        <translation>Impossibile leggere la revisione %1: %2</translation>
    </message>
    <message>
        <source>The file is not an order Order Desk can read: %1</source>
        <translation>Il file non è un ordine leggibile da Order Desk: %1</translation>
    </message>
    <message>
        <source>The outbox could not be saved: %1</source>
        <translation>Impossibile salvare la posta in uscita: %1</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>Impossibile salvare il documento: %1</translation>
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
        <translation>Area principale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Not saved yet: %1 Retrying…</source>
        <translation>Non ancora salvato: %1 Nuovo tentativo…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Drafts are kept in %1</source>
        <translation>Le bozze sono conservate in %1</translation>
    </message>
    <message>
        <source>The drafts cannot be opened</source>
        <translation>Impossibile aprire le bozze</translation>
    </message>
    <message>
        <source>Why the drafts cannot be opened</source>
        <translation>Motivo per cui non è possibile aprire le bozze</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Try to open the drafts again</source>
        <translation>Riprova ad aprire le bozze</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Quit Order Desk</source>
        <translation>Chiude Order Desk</translation>
    </message>
    <message>
        <source>The draft cannot be opened yet: the changes to the previous one are not saved. %1</source>
        <translation>Impossibile aprire la bozza per ora: le modifiche alla bozza precedente non sono state salvate. %1</translation>
    </message>
    <message>
        <source>Order %1 is queued in the outbox: it is shown as it was submitted.</source>
        <translation>L&apos;ordine %1 è in coda nella posta in uscita: viene mostrato così come è stato inoltrato.</translation>
    </message>
    <message>
        <source>Order %1: every change is saved as you type.</source>
        <translation>Ordine %1: ogni modifica viene salvata durante la digitazione.</translation>
    </message>
    <message>
        <source>%1 Your changes are kept here; try again in a moment.</source>
        <translation>%1 Le modifiche restano conservate qui; riprovare tra qualche istante.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordine %1</translation>
    </message>
    <message>
        <source>Order %1 for %2</source>
        <translation>Ordine %1 per %2</translation>
    </message>
    <message>
        <source>%1 is queued in the outbox. It will be sent to the carrier when the carrier&apos;s ordering service is reachable; nothing else is needed now. Until then you can open it to read it, or withdraw it to change it.</source>
        <translation>%1: in coda nella posta in uscita. Verrà inviato all&apos;operatore non appena il servizio ordini dell&apos;operatore sarà raggiungibile; per ora non occorre fare altro. Nel frattempo è possibile aprirlo per consultarlo o ritirarlo per modificarlo.</translation>
    </message>
    <message>
        <source>Withdraw from the outbox</source>
        <translation>Ritira dalla posta in uscita</translation>
    </message>
    <message>
        <source>Withdraw order %1 from the outbox to edit it?</source>
        <translation>Ritirare l&apos;ordine %1 dalla posta in uscita per modificarlo?</translation>
    </message>
    <message>
        <source>It goes back to the drafts with everything kept, and is not sent until you submit it again.</source>
        <translation>Torna tra le bozze con tutti i dati e non viene inviato finché non viene inoltrato di nuovo.</translation>
    </message>
    <message>
        <source>&amp;Withdraw and edit</source>
        <translation>&amp;Ritira e modifica</translation>
    </message>
    <message>
        <source>&amp;Keep it queued</source>
        <translation>&amp;Lascia in coda</translation>
    </message>
    <message>
        <source>The order stays in the outbox: %1</source>
        <translation>L&apos;ordine resta nella posta in uscita: %1</translation>
    </message>
    <message>
        <source>Order %1 is a draft again: change what you need, then submit it again.</source>
        <translation>L&apos;ordine %1 è di nuovo una bozza: apportare le modifiche necessarie, quindi inoltrarlo di nuovo.</translation>
    </message>
    <message>
        <source>The draft stays open because it could not be saved: %1 Your changes are kept here and saving is retried.</source>
        <translation>La bozza resta aperta perché non è stato possibile salvarla: %1 Le modifiche restano conservate qui e il salvataggio viene ritentato.</translation>
    </message>
    <message>
        <source>The latest changes to this draft could not be saved: %1</source>
        <translation>Impossibile salvare le ultime modifiche a questa bozza: %1</translation>
    </message>
    <message>
        <source>If you quit now, they are lost. Keep Order Desk open and it keeps trying to save them.</source>
        <translation>Uscendo ora, le modifiche andranno perse. Lasciando Order Desk aperto, continuerà a tentare di salvarle.</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Lascia aperto</translation>
    </message>
    <message>
        <source>&amp;Quit and lose them</source>
        <translation>&amp;Esci e perdi le modifiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>&amp;About Order Desk</source>
        <translation>&amp;Informazioni su Order Desk</translation>
    </message>
    <message>
        <source>About Order Desk</source>
        <translation>Informazioni su Order Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Order Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Microsoft Teams Operator Connect orders for business customers.&lt;/p&gt;&lt;p&gt;Catalog: %2%3&lt;/p&gt;&lt;p&gt;Drafts: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Order Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ordini Microsoft Teams Operator Connect per la clientela business.&lt;/p&gt;&lt;p&gt;Catalogo: %2%3&lt;/p&gt;&lt;p&gt;Bozze: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (sample data)</source>
        <translation> (dati di esempio)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Riprova ora</translation>
    </message>
    <message>
        <source>Sends what waits in the outbox now, instead of at the next planned attempt</source>
        <translation>Invia subito quanto è in attesa nella posta in uscita, anziché al prossimo tentativo pianificato</translation>
    </message>
    <message>
        <source>Signed in to the carrier&apos;s services.</source>
        <translation>Accesso ai servizi dell&apos;operatore effettuato.</translation>
    </message>
    <message>
        <source>○ Not connected to the carrier</source>
        <translation>○ Non connesso all&apos;operatore</translation>
    </message>
    <message>
        <source>No carrier services are set up: submitted orders wait in the outbox. Start Order Desk with --upstream, or set the services&apos; addresses in the settings (see the README).</source>
        <translation>Nessun servizio dell&apos;operatore configurato: gli ordini inoltrati restano in attesa nella posta in uscita. Avviare Order Desk con --upstream oppure impostare gli indirizzi dei servizi nelle impostazioni (vedere il README).</translation>
    </message>
    <message numerus="yes">
        <source>, %n queued</source>
        <translation>
            <numerusform>, %n in coda</numerusform>
            <numerusform>, %n in coda</numerusform>
        </translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>The carrier&apos;s services are reachable.</source>
        <translation>I servizi dell&apos;operatore sono raggiungibili.</translation>
    </message>
    <message>
        <source>⇅ Sending</source>
        <translation>⇅ Invio in corso</translation>
    </message>
    <message>
        <source>Sending to the carrier.</source>
        <translation>Invio all&apos;operatore in corso.</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>The carrier&apos;s services cannot be reached. Orders wait in the outbox and are sent when they can be; nothing is lost.</source>
        <translation>I servizi dell&apos;operatore non sono raggiungibili. Gli ordini restano in attesa nella posta in uscita e vengono inviati appena possibile; non si perde nulla.</translation>
    </message>
    <message>
        <source>⚠ Problem</source>
        <translation>⚠ Problema</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Prossimo tentativo alle %1.</translation>
    </message>
    <message>
        <source>Connection to the carrier: %1</source>
        <translation>Connessione all&apos;operatore: %1</translation>
    </message>
    <message>
        <source>Kept in the order: it is sent when the carrier&apos;s services are set up.</source>
        <translation>Richiesta conservata nell&apos;ordine: verrà inviata quando i servizi dell&apos;operatore saranno configurati.</translation>
    </message>
    <message>
        <source>Checking with the carrier&apos;s account service…</source>
        <translation>Verifica con il servizio account dell&apos;operatore in corso…</translation>
    </message>
    <message>
        <source>Queued: checked when the carrier&apos;s account service is reachable.</source>
        <translation>In coda: la verifica avviene quando il servizio account dell&apos;operatore è raggiungibile.</translation>
    </message>
    <message>
        <source>ℹ This order is being sent to the carrier: it can no longer be withdrawn. Its state is shown here and in the drafts as the carrier answers.</source>
        <translation>ℹ Questo ordine è in fase di invio all&apos;operatore: non può più essere ritirato. Il suo stato viene mostrato qui e tra le bozze man mano che l&apos;operatore risponde.</translation>
    </message>
    <message>
        <source>ℹ At the carrier: %1. The order is shown as it was submitted; it can no longer be changed here.</source>
        <translation>ℹ Presso l&apos;operatore: %1. L&apos;ordine viene mostrato così come è stato inoltrato; qui non può più essere modificato.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Order %1 came back from the carrier: %2</source>
        <translation>L&apos;ordine %1 è stato restituito dall&apos;operatore: %2</translation>
    </message>
    <message>
        <source>Order %1 is at the carrier: it is shown as it was submitted.</source>
        <translation>L&apos;ordine %1 è presso l&apos;operatore: viene mostrato così come è stato inoltrato.</translation>
    </message>
    <message>
        <source>Order %1 has already gone to the carrier: it can no longer be withdrawn.</source>
        <translation>L&apos;ordine %1 è già stato inviato all&apos;operatore: non può più essere ritirato.</translation>
    </message>
    <message>
        <source>&amp;Retry sending now</source>
        <translation>&amp;Riprova l&apos;invio ora</translation>
    </message>
    <message>
        <source>Sign &amp;in to the carrier&apos;s services</source>
        <translation>&amp;Accedi ai servizi dell&apos;operatore</translation>
    </message>
    <message>
        <source>Signing in to the carrier&apos;s services…</source>
        <translation>Accesso ai servizi dell&apos;operatore in corso…</translation>
    </message>
    <message>
        <source>Sign &amp;out of the carrier&apos;s services</source>
        <translation>&amp;Disconnetti dai servizi dell&apos;operatore</translation>
    </message>
    <message>
        <source>Signed out. Order Desk asks you to sign in again before it sends anything to the carrier.</source>
        <translation>Disconnessione effettuata. Order Desk richiederà di accedere di nuovo prima di inviare qualsiasi cosa all&apos;operatore.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automatica (lingua di sistema)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Order Desk was started with --language %1, which comes before this setting. %2 is used when Order Desk starts without that option.</source>
        <translation>Order Desk è stato avviato con --language %1, che ha la precedenza su questa impostazione. La lingua %2 viene usata quando Order Desk si avvia senza questa opzione.</translation>
    </message>
    <message>
        <source>Order Desk follows the system language (%1) from its next start.</source>
        <translation>Dal prossimo avvio Order Desk seguirà la lingua di sistema (%1).</translation>
    </message>
    <message>
        <source>Order Desk is shown in %1 from its next start.</source>
        <translation>Dal prossimo avvio Order Desk verrà visualizzato in %1.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved, and this draft opens again on the same step.</source>
        <translation>Riavviare ora? Tutto è salvato e questa bozza verrà riaperta allo stesso passaggio.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved.</source>
        <translation>Riavviare ora? Tutto è salvato.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Riavvia ora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Più tardi</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>La nuova lingua verrà usata dal prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>od::NumberListEditor</name>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Come digitato</translation>
    </message>
    <message>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numeri</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
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
        <translation>Importa fil&amp;e CSV…</translation>
    </message>
    <message>
        <source>Numbers to keep, one number or range per line</source>
        <translation>Numeri da mantenere, un numero o un blocco per riga</translation>
    </message>
    <message>
        <source>Type or paste single numbers and DDI ranges, one per line, e.g. &quot;069 1234-5600 to -5699&quot;. Each line is checked in the table beside it.</source>
        <translation>Digitare o incollare numeri singoli e blocchi DDI, uno per riga, ad es. &quot;069 1234-5600 a -5699&quot;. Ogni riga viene verificata nella tabella accanto.</translation>
    </message>
    <message>
        <source>One per line, e.g.
069 1234-5600 to -5699
+44 (0)20 7946 0000
0612345678</source>
        <translation>Uno per riga, ad es.
069 1234-5600 a -5699
+44 (0)20 7946 0000
0612345678</translation>
    </message>
    <message>
        <source>Numbers as understood</source>
        <translation>Numeri riconosciuti</translation>
    </message>
    <message>
        <source>Import numbers from a CSV file</source>
        <translation>Importa numeri da un file CSV</translation>
    </message>
    <message>
        <source>Numbers: %1 · entries: %2</source>
        <translation>Numeri: %1 · voci: %2</translation>
    </message>
    <message>
        <source>· ✖ not understood: %1 — line %2: %3</source>
        <translation>· ✖ non riconosciute: %1 — riga %2: %3</translation>
    </message>
    <message>
        <source>%1: lines taken: %2</source>
        <translation>%1: righe acquisite: %2</translation>
    </message>
    <message>
        <source>Pasted: lines taken: %1</source>
        <translation>Testo incollato: righe acquisite: %1</translation>
    </message>
    <message>
        <source> from column %1 of %2.</source>
        <translation> dalla colonna %1 di %2.</translation>
    </message>
    <message>
        <source> from column &quot;%1&quot; (%2 of %3).</source>
        <translation> dalla colonna &quot;%1&quot; (%2 di %3).</translation>
    </message>
    <message>
        <source>✖ Lines not understood: %1; see Status in the table and correct them.</source>
        <translation>✖ Righe non riconosciute: %1; vedere la colonna Stato nella tabella e correggerle.</translation>
    </message>
    <message>
        <source>✖ %1 could not be read: %2</source>
        <translation>✖ Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation>Importa numeri</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>File CSV e di testo (*.csv *.txt *.tsv);;Tutti i file (*)</translation>
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
        <translation>Sede %1</translation>
    </message>
    <message>
        <source>Vali&amp;date address</source>
        <translation>&amp;Convalida indirizzo</translation>
    </message>
    <message>
        <source>&amp;Area code</source>
        <translation>&amp;Prefisso</translation>
    </message>
    <message>
        <source>&amp;Area code (optional)</source>
        <translation>&amp;Prefisso (facoltativo)</translation>
    </message>
    <message>
        <source>In %1 the area code must belong to the office&apos;s city; the list offers the area codes of the city typed above.</source>
        <translation>In %1 il prefisso deve appartenere alla città della sede; l&apos;elenco propone i prefissi della città indicata sopra.</translation>
    </message>
    <message>
        <source>Optional: the area code the new numbers should have.</source>
        <translation>Facoltativo: il prefisso che devono avere i nuovi numeri.</translation>
    </message>
    <message>
        <source>Ne&amp;w numbers</source>
        <translation>&amp;Nuovi numeri</translation>
    </message>
    <message>
        <source>How many new numbers this office gets, 1 to %1.</source>
        <translation>Quanti nuovi numeri riceve questa sede, da 1 a %1.</translation>
    </message>
    <message>
        <source>for us&amp;ers</source>
        <translation>per &amp;utenti</translation>
    </message>
    <message>
        <source>Of the office&apos;s numbers, how many are for users.</source>
        <translation>Quanti dei numeri della sede sono per gli utenti.</translation>
    </message>
    <message>
        <source>for resour&amp;ce accounts</source>
        <translation>per account &amp;risorsa</translation>
    </message>
    <message>
        <source>Of the office&apos;s numbers, how many are for resource accounts (auto attendants, call queues).</source>
        <translation>Quanti dei numeri della sede sono per gli account risorsa (risponditori automatici, code di chiamata).</translation>
    </message>
    <message>
        <source>Rese&amp;rve numbers</source>
        <translation>Prenota nu&amp;meri</translation>
    </message>
    <message>
        <source>Enabled when the address is validated (or its validation is queued) and the numbers add up.</source>
        <translation>Disponibile quando l&apos;indirizzo è convalidato (o la convalida è in coda) e la somma dei numeri è corretta.</translation>
    </message>
    <message>
        <source>Remove office %1</source>
        <translation>Rimuovi sede %1</translation>
    </message>
    <message>
        <source>The office can be restored with Undo.</source>
        <translation>La sede può essere ripristinata con Annulla rimozione.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ad es. %1</translation>
    </message>
    <message>
        <source>Finding the area codes of %1…</source>
        <translation>Ricerca dei prefissi di %1…</translation>
    </message>
    <message>
        <source>Type the city first: the list then offers its area codes.</source>
        <translation>Inserire prima la città: l&apos;elenco proporrà poi i relativi prefissi.</translation>
    </message>
    <message>
        <source>No area code known for %1: type it.</source>
        <translation>Nessun prefisso noto per %1: digitarlo.</translation>
    </message>
    <message>
        <source>Area codes of %1: %2</source>
        <translation>Prefissi di %1: %2</translation>
    </message>
    <message>
        <source>Complete the address first: company name, street, postal code and city.</source>
        <translation>Completare prima l&apos;indirizzo: ragione sociale, via, CAP e città.</translation>
    </message>
    <message>
        <source>Office %1: %2</source>
        <translation>Sede %1: %2</translation>
    </message>
    <message>
        <source>✔ Validated by the carrier&apos;s address service.</source>
        <translation>✔ Convalidato dal servizio indirizzi dell&apos;operatore.</translation>
    </message>
    <message>
        <source>✎ The address was changed: a changed address is a new address, and the earlier validation no longer applies.</source>
        <translation>✎ L&apos;indirizzo è stato modificato: un indirizzo modificato è un nuovo indirizzo e la convalida precedente non è più valida.</translation>
    </message>
    <message>
        <source>The numbers of this office are reserved.</source>
        <translation>I numeri di questa sede sono prenotati.</translation>
    </message>
    <message>
        <source>Complete the address and validate it first.</source>
        <translation>Completare prima l&apos;indirizzo e convalidarlo.</translation>
    </message>
    <message>
        <source>Enter how many numbers to reserve (users + resource accounts = numbers, 1 to %1).</source>
        <translation>Indicare quanti numeri prenotare (utenti + account risorsa = numeri, da 1 a %1).</translation>
    </message>
    <message>
        <source>✔ Numbers reserved (%1): %2</source>
        <translation>✔ Numeri prenotati (%1): %2</translation>
    </message>
    <message>
        <source>any area of %1</source>
        <translation>qualsiasi prefisso di %1</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>prefisso %1</translation>
    </message>
    <message>
        <source>Reservation queued — new numbers: %1 (for users: %2, for resource accounts: %3), %4.</source>
        <translation>Prenotazione in coda — nuovi numeri: %1 (per utenti: %2, per account risorsa: %3), %4.</translation>
    </message>
    <message>
        <source>The numbers or the area code changed, so the numbers reserved before (%1) no longer apply.</source>
        <translation>I numeri o il prefisso sono cambiati, quindi i numeri prenotati in precedenza (%1) non sono più validi.</translation>
    </message>
    <message>
        <source>The numbers or the area code changed after Reserve was pressed, so the reservation asked for then is withdrawn.</source>
        <translation>I numeri o il prefisso sono cambiati dopo aver premuto Prenota numeri, quindi la prenotazione richiesta allora viene ritirata.</translation>
    </message>
    <message>
        <source>office %1 in %2</source>
        <translation>sede %1 in %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a field of an office (which office)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Validate the address of %1</source>
        <translation>Convalida l&apos;indirizzo della %1</translation>
    </message>
    <message>
        <source>Address validation of %1</source>
        <translation>Convalida dell&apos;indirizzo della %1</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Nuovi numeri</translation>
    </message>
    <message>
        <source>Numbers for users</source>
        <translation>Numeri per gli utenti</translation>
    </message>
    <message>
        <source>Numbers for resource accounts</source>
        <translation>Numeri per gli account risorsa</translation>
    </message>
    <message>
        <source>Reserve the numbers of %1</source>
        <translation>Prenota i numeri della %1</translation>
    </message>
    <message>
        <source>Reservation of %1</source>
        <translation>Prenotazione della %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
</context>
<context>
    <name>od::OfficesPage</name>
    <message>
        <source>CLIP screening (the network checks the presented number)</source>
        <translation>CLIP con screening (la rete verifica il numero presentato)</translation>
    </message>
    <message>
        <source>CLIP no screening</source>
        <translation>CLIP senza screening</translation>
    </message>
    <message>
        <source>Presentation number</source>
        <translation>Numero di presentazione</translation>
    </message>
    <message>
        <source>Per country up to 5 offices with a validated emergency address and up to 100 new numbers each.</source>
        <translation>Per ogni paese fino a 5 sedi, ciascuna con un indirizzo per le chiamate di emergenza convalidato e fino a 100 nuovi numeri.</translation>
    </message>
    <message>
        <source>Existing numbers are kept in %1 (step 3): no new numbers or offices here.</source>
        <translation>In %1 si mantengono i numeri esistenti (passaggio 3): qui non servono nuovi numeri né sedi.</translation>
    </message>
    <message>
        <source>%1: offices and new numbers</source>
        <translation>%1: sedi e nuovi numeri</translation>
    </message>
    <message>
        <source>Up to %1 offices. In %2 the area code must belong to the office&apos;s city.</source>
        <translation>Fino a %1 sedi. In %2 il prefisso deve appartenere alla città della sede.</translation>
    </message>
    <message>
        <source>Up to %1 offices.</source>
        <translation>Fino a %1 sedi.</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>Annulla rimo&amp;zione</translation>
    </message>
    <message>
        <source>Undo: restore the removed office in %1</source>
        <translation>Annulla: ripristina la sede rimossa in %1</translation>
    </message>
    <message>
        <source>Add &amp;office</source>
        <translation>Aggiungi s&amp;ede</translation>
    </message>
    <message>
        <source>Add an office in %1</source>
        <translation>Aggiunge una sede in %1</translation>
    </message>
    <message>
        <source>Additional services in %1</source>
        <translation>Servizi aggiuntivi in %1</translation>
    </message>
    <message>
        <source>One-off fees in %1</source>
        <translation>Costi una tantum in %1</translation>
    </message>
    <message>
        <source>Call forwardin&amp;g</source>
        <translation>Trasferimento di c&amp;hiamata</translation>
    </message>
    <message>
        <source>Call forwarding in %1</source>
        <translation>Trasferimento di chiamata in %1</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Trasferisci a</translation>
    </message>
    <message>
        <source>Only the CLIP options allowed in %1 are offered.</source>
        <translation>Vengono proposte solo le opzioni CLIP consentite in %1.</translation>
    </message>
    <message>
        <source>C&amp;LIP</source>
        <translation>C&amp;LIP</translation>
    </message>
    <message>
        <source>A genuine number of %1 that callees see.</source>
        <translation>Un numero reale di %1, mostrato ai chiamati.</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Risponditori automatici</translation>
    </message>
    <message>
        <source>Call &amp;queues</source>
        <translation>Co&amp;de di chiamata</translation>
    </message>
    <message>
        <source>%1 (not offered in %2)</source>
        <translation>%1 (non offerto in %2)</translation>
    </message>
    <message>
        <source>%1 of %2 offices.</source>
        <translation>%1 sedi su %2.</translation>
    </message>
    <message>
        <source>%1 of %2 offices: the most a country can have.</source>
        <translation>%1 sedi su %2: il massimo consentito per un paese.</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Sede %1</translation>
    </message>
    <message>
        <source>Office %1 (%2)</source>
        <translation>Sede %1 (%2)</translation>
    </message>
    <message>
        <source>%1 was removed with everything typed in it. Undo restores it.</source>
        <translation>%1 è stata rimossa con tutti i dati inseriti. Annulla rimozione la ripristina.</translation>
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
        <translation>Costi una tantum in %1 (installazione e attivazione sono calcolate in base a sedi e numeri):
%2
Totale una tantum: %3</translation>
    </message>
    <message>
        <source>Each auto attendant and call queue needs a number for a resource account: %1 needed, %2 planned in the offices above.</source>
        <translation>Ogni risponditore automatico e ogni coda di chiamata richiede un numero per un account risorsa: ne servono %1, ne sono previsti %2 nelle sedi qui sopra.</translation>
    </message>
    <message>
        <source>Call forwarding target number in %1</source>
        <translation>Numero di destinazione del trasferimento di chiamata in %1</translation>
    </message>
    <message>
        <source>CLIP in %1</source>
        <translation>CLIP in %1</translation>
    </message>
    <message>
        <source>Presentation number in %1</source>
        <translation>Numero di presentazione in %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Each one needs a number for a resource account in one of the offices.</source>
        <translation>Ciascun servizio richiede un numero per un account risorsa in una delle sedi.</translation>
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
        <translation>Ordine Operator Connect</translation>
    </message>
    <message>
        <source>&amp;Save draft and close</source>
        <translation>&amp;Salva bozza e chiudi</translation>
    </message>
    <message>
        <source>&amp;Withdraw from the outbox to edit</source>
        <translation>&amp;Ritira dalla posta in uscita e modifica</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Save draft and close</source>
        <translation>Salva bozza e chiudi</translation>
    </message>
    <message>
        <source>Withdraw from the outbox to edit</source>
        <translation>Ritira dalla posta in uscita e modifica</translation>
    </message>
    <message>
        <source>The order goes back to the drafts and can be changed; it is not sent until it is submitted again</source>
        <translation>L&apos;ordine torna tra le bozze e può essere modificato; non viene inviato finché non viene inoltrato di nuovo</translation>
    </message>
    <message>
        <source>&amp;Back to drafts</source>
        <translation>&amp;Torna alle bozze</translation>
    </message>
    <message>
        <source>Choose the address</source>
        <translation>Scelta dell&apos;indirizzo</translation>
    </message>
    <message>
        <source>The carrier&apos;s address service does not know the address
%1
exactly. Choose the right one (it is validated next), or Cancel to keep the address as typed and correct it yourself.</source>
        <translation>Il servizio indirizzi dell&apos;operatore non riconosce esattamente l&apos;indirizzo
%1
Scegliere quello corretto (verrà poi convalidato) oppure Annulla per mantenere l&apos;indirizzo come digitato e correggerlo manualmente.</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>&amp;Usa questo indirizzo</translation>
    </message>
</context>
<context>
    <name>od::Outbox</name>
    <message>
        <source>Operator Connect order %1</source>
        <translation>Ordine Operator Connect %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>OCN: %1</source>
        <translation>OCN: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Paesi: %1</translation>
    </message>
    <message>
        <source>%1: %2 users, %3 new numbers</source>
        <translation>%1: %2 utenti, %3 nuovi numeri</translation>
    </message>
    <message>
        <source>Signed for the customer by %1</source>
        <translation>Firmato per conto del cliente da %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s Teams tenant has given the carrier its consent.</source>
        <translation>Il tenant Teams del cliente ha concesso il consenso all&apos;operatore.</translation>
    </message>
    <message>
        <source>The customer&apos;s consent in the Teams admin center is pending.</source>
        <translation>Il consenso del cliente nell&apos;interfaccia di amministrazione di Teams è in sospeso.</translation>
    </message>
    <message>
        <source>The customer declined the carrier in the Teams admin center: the numbers cannot be uploaded until the customer gives consent.</source>
        <translation>Il cliente ha rifiutato l&apos;operatore nell&apos;interfaccia di amministrazione di Teams: i numeri non possono essere caricati finché il cliente non concede il consenso.</translation>
    </message>
    <message>
        <source>The customer has not given the carrier consent in the Teams admin center yet.</source>
        <translation>Il cliente non ha ancora concesso il consenso all&apos;operatore nell&apos;interfaccia di amministrazione di Teams.</translation>
    </message>
    <message>
        <source>An office</source>
        <translation>Una sede</translation>
    </message>
    <message>
        <source>Office %1 in %2</source>
        <translation>Sede %1 in %2</translation>
    </message>
    <message>
        <source>%1: the address service refused the address. %2</source>
        <translation>%1: il servizio indirizzi ha rifiutato l&apos;indirizzo. %2</translation>
    </message>
    <message>
        <source>%1: the address is validated.</source>
        <translation>%1: l&apos;indirizzo è convalidato.</translation>
    </message>
    <message>
        <source>%1: the address service suggests corrected addresses: choose one, then validate it.</source>
        <translation>%1: il servizio indirizzi propone indirizzi corretti: sceglierne uno, quindi convalidarlo.</translation>
    </message>
    <message>
        <source>%1: the address service could not confirm the address: correct it and validate it again.</source>
        <translation>%1: il servizio indirizzi non ha potuto confermare l&apos;indirizzo: correggerlo e convalidarlo di nuovo.</translation>
    </message>
    <message>
        <source>%1: the address could not be validated, so no numbers were reserved: correct the address, validate it, then reserve again.</source>
        <translation>%1: non è stato possibile convalidare l&apos;indirizzo, quindi non è stato prenotato alcun numero: correggere l&apos;indirizzo, convalidarlo, quindi prenotare di nuovo.</translation>
    </message>
    <message>
        <source>%1: the address is not validated, so no numbers were reserved: validate it, then reserve again.</source>
        <translation>%1: l&apos;indirizzo non è convalidato, quindi non è stato prenotato alcun numero: convalidarlo, quindi prenotare di nuovo.</translation>
    </message>
    <message>
        <source>%1: no more numbers free in area code %2: choose another area code or fewer numbers.</source>
        <translation>%1: non ci sono più numeri liberi con il prefisso %2: scegliere un altro prefisso o meno numeri.</translation>
    </message>
    <message>
        <source>%1: the number service refused the reservation. %2</source>
        <translation>%1: il servizio numerazione ha rifiutato la prenotazione. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s) reserved.</source>
        <translation>
            <numerusform>%1: %n numero prenotato.</numerusform>
            <numerusform>%1: %n numeri prenotati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an existing customer&apos;s OCN and e-mail address can be checked with the carrier.</source>
        <translation>Con l&apos;operatore si possono verificare solo l&apos;OCN e l&apos;indirizzo e-mail di un cliente esistente.</translation>
    </message>
    <message>
        <source>The customer is verified: the e-mail address belongs to the OCN.</source>
        <translation>Il cliente è verificato: l&apos;indirizzo e-mail appartiene all&apos;OCN.</translation>
    </message>
    <message>
        <source>The customer could not be verified: the e-mail address is not one of the OCN&apos;s account addresses. Check both with the customer.</source>
        <translation>Impossibile verificare il cliente: l&apos;indirizzo e-mail non è tra gli indirizzi dell&apos;account dell&apos;OCN. Verificare entrambi con il cliente.</translation>
    </message>
    <message>
        <source>The customer could not be verified: %1</source>
        <translation>Impossibile verificare il cliente: %1</translation>
    </message>
    <message>
        <source>Order %1 was not sent: %2</source>
        <translation>L&apos;ordine %1 non è stato inviato: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(e %n altro problema)</numerusform>
            <numerusform>(e altri %n problemi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 was not accepted: %2</source>
        <translation>L&apos;ordine %1 non è stato accettato: %2</translation>
    </message>
    <message>
        <source>Order %1 was sent to the carrier: %2.</source>
        <translation>L&apos;ordine %1 è stato inviato all&apos;operatore: %2.</translation>
    </message>
    <message>
        <source>Please sign: Operator Connect order %1</source>
        <translation>Richiesta di firma: ordine Operator Connect %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contratto %1</translation>
    </message>
    <message>
        <source>The contract of order %1 could not be sent for signature. %2</source>
        <translation>Impossibile inviare per la firma il contratto dell&apos;ordine %1. %2</translation>
    </message>
    <message>
        <source>The contract of order %1 was sent for signature.</source>
        <translation>Il contratto dell&apos;ordine %1 è stato inviato per la firma.</translation>
    </message>
    <message>
        <source>The customer signed order %1; the carrier expects to handle it by %2.</source>
        <translation>Il cliente ha firmato l&apos;ordine %1; l&apos;operatore prevede di evaderlo entro il %2.</translation>
    </message>
    <message>
        <source>Order %1 has a new status: %2.</source>
        <translation>L&apos;ordine %1 ha un nuovo stato: %2.</translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation>La bozza non esiste più.</translation>
    </message>
    <message>
        <source>Order %1 was already sent to the carrier.</source>
        <translation>L&apos;ordine %1 è già stato inviato all&apos;operatore.</translation>
    </message>
    <message>
        <source>The office no longer exists.</source>
        <translation>La sede non esiste più.</translation>
    </message>
    <message>
        <source>The order may already have reached the carrier, so it cannot be withdrawn here. Wait for the carrier&apos;s answer.</source>
        <translation>L&apos;ordine potrebbe essere già arrivato all&apos;operatore, quindi non può essere ritirato da qui. Attendere la risposta dell&apos;operatore.</translation>
    </message>
    <message>
        <source>Please sign: porting paperwork of Operator Connect order %1</source>
        <translation>Richiesta di firma: documenti di portabilità dell&apos;ordine Operator Connect %1</translation>
    </message>
    <message>
        <source>The porting paperwork of order %1 could not be sent for signature. %2</source>
        <translation>Impossibile inviare per la firma i documenti di portabilità dell&apos;ordine %1. %2</translation>
    </message>
    <message>
        <source>The porting paperwork of order %1 was sent for signature.</source>
        <translation>I documenti di portabilità dell&apos;ordine %1 sono stati inviati per la firma.</translation>
    </message>
    <message>
        <source>The customer declined to sign the porting paperwork of order %1. Talk to the customer, then send it for signature again: the numbers are not ported without signed paperwork.</source>
        <translation>Il cliente ha rifiutato di firmare i documenti di portabilità dell&apos;ordine %1. Parlarne con il cliente, quindi inviarli di nuovo per la firma: senza documenti firmati i numeri non vengono portati.</translation>
    </message>
    <message>
        <source>The signature request for the porting paperwork of order %1 was voided. Send it for signature again: the numbers are not ported without signed paperwork.</source>
        <translation>La richiesta di firma dei documenti di portabilità dell&apos;ordine %1 è stata annullata. Inviarli di nuovo per la firma: senza documenti firmati i numeri non vengono portati.</translation>
    </message>
    <message>
        <source>The customer declined to sign the contract of order %1. Talk to the customer, then send it for signature again: the order is not handled without a signed contract.</source>
        <translation>Il cliente ha rifiutato di firmare il contratto dell&apos;ordine %1. Parlarne con il cliente, quindi inviarlo di nuovo per la firma: senza contratto firmato l&apos;ordine non viene evaso.</translation>
    </message>
    <message>
        <source>The signature request for order %1 was voided. Send it for signature again: the order is not handled without a signed contract.</source>
        <translation>La richiesta di firma per l&apos;ordine %1 è stata annullata. Inviare di nuovo il contratto per la firma: senza contratto firmato l&apos;ordine non viene evaso.</translation>
    </message>
    <message>
        <source>The signed documents of order %1 could not be downloaded. %2</source>
        <translation>Impossibile scaricare i documenti firmati dell&apos;ordine %1. %2</translation>
    </message>
    <message>
        <source>The signed documents of order %1 are kept with the draft.</source>
        <translation>I documenti firmati dell&apos;ordine %1 sono conservati con la bozza.</translation>
    </message>
    <message>
        <source>The carrier did not accept the signed paperwork of order %1. %2</source>
        <translation>L&apos;operatore non ha accettato i documenti firmati dell&apos;ordine %1. %2</translation>
    </message>
    <message>
        <source>The signed paperwork of order %1 was sent to the carrier.</source>
        <translation>I documenti firmati dell&apos;ordine %1 sono stati inviati all&apos;operatore.</translation>
    </message>
    <message>
        <source>Order %1 has not reached the carrier yet: send it for signature once the carrier has it.</source>
        <translation>L&apos;ordine %1 non è ancora arrivato all&apos;operatore: inviarlo per la firma quando l&apos;operatore lo avrà ricevuto.</translation>
    </message>
    <message>
        <source>Order %1 is finished at the carrier (%2): nothing is left to sign.</source>
        <translation>L&apos;ordine %1 è concluso presso l&apos;operatore (%2): non resta nulla da firmare.</translation>
    </message>
    <message>
        <source>The signature request of order %1 is on its way.</source>
        <translation>La richiesta di firma dell&apos;ordine %1 è in corso di invio.</translation>
    </message>
    <message>
        <source>The customer has signed order %1 already.</source>
        <translation>Il cliente ha già firmato l&apos;ordine %1.</translation>
    </message>
    <message>
        <source>Order %1 is out for signature: wait for the customer, or for a decline before sending it again.</source>
        <translation>L&apos;ordine %1 è in attesa di firma: attendere il cliente oppure un eventuale rifiuto prima di inviarlo di nuovo.</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs for the customer.</source>
        <translation>Inserire il nome della persona che firma per conto del cliente.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address for the person who signs for the customer.</source>
        <translation>Inserire un indirizzo e-mail valido per la persona che firma per conto del cliente.</translation>
    </message>
    <message>
        <source>The signatory could not be saved with the draft.</source>
        <translation>Impossibile salvare il firmatario con la bozza.</translation>
    </message>
</context>
<context>
    <name>od::PaperworkPanel</name>
    <message>
        <source>Paperwork and signature</source>
        <translation>Documenti e firma</translation>
    </message>
    <message>
        <source>Paperwork checklist by country</source>
        <translation>Elenco di controllo dei documenti per paese</translation>
    </message>
    <message>
        <source>One row per country that keeps its numbers: forms generated, sent for signature, signed, sent to the carrier. Arrow keys move between the cells.</source>
        <translation>Una riga per ogni paese in cui si mantengono i numeri: moduli generati, inviati per la firma, firmati, inviati all&apos;operatore. I tasti freccia spostano tra le celle.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Moduli</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generati</translation>
    </message>
    <message>
        <source>Sent for signature</source>
        <translation>Inviati per la firma</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmati</translation>
    </message>
    <message>
        <source>Sent to the carrier</source>
        <translation>Inviati all&apos;operatore</translation>
    </message>
    <message>
        <source>Preview &amp;contract</source>
        <translation>Anteprima co&amp;ntratto</translation>
    </message>
    <message>
        <source>Preview contract</source>
        <translation>Anteprima contratto</translation>
    </message>
    <message>
        <source>Opens the contract as it is sent for signature</source>
        <translation>Apre il contratto così come viene inviato per la firma</translation>
    </message>
    <message>
        <source>&amp;Preview forms</source>
        <translation>Anteprima &amp;moduli</translation>
    </message>
    <message>
        <source>Preview forms</source>
        <translation>Anteprima moduli</translation>
    </message>
    <message>
        <source>Opens the contract and every porting form, to read or print</source>
        <translation>Apre il contratto e tutti i moduli di portabilità, per leggerli o stamparli</translation>
    </message>
    <message>
        <source>Sa&amp;ve forms…</source>
        <translation>Sal&amp;va moduli…</translation>
    </message>
    <message>
        <source>Save forms</source>
        <translation>Salva moduli</translation>
    </message>
    <message>
        <source>Saves the contract and every porting form as PDF files into a folder</source>
        <translation>Salva il contratto e tutti i moduli di portabilità come file PDF in una cartella</translation>
    </message>
    <message>
        <source>Send for si&amp;gnature…</source>
        <translation>Invia p&amp;er la firma…</translation>
    </message>
    <message>
        <source>Send for signature</source>
        <translation>Invia per la firma</translation>
    </message>
    <message>
        <source>Sends the signatory one envelope with the contract and the forms</source>
        <translation>Invia al firmatario un&apos;unica busta con il contratto e i moduli</translation>
    </message>
    <message>
        <source>&amp;Open signed PDF</source>
        <translation>Apri &amp;PDF firmato</translation>
    </message>
    <message>
        <source>Open signed PDF</source>
        <translation>Apri PDF firmato</translation>
    </message>
    <message>
        <source>Shows the signed documents</source>
        <translation>Mostra i documenti firmati</translation>
    </message>
    <message>
        <source>Save signed P&amp;DF…</source>
        <translation>Salva P&amp;DF firmato…</translation>
    </message>
    <message>
        <source>Save signed PDF</source>
        <translation>Salva PDF firmato</translation>
    </message>
    <message>
        <source>Saves the signed documents as a PDF file</source>
        <translation>Salva i documenti firmati come file PDF</translation>
    </message>
    <message>
        <source>The order is not at the carrier yet.</source>
        <translation>L&apos;ordine non è ancora presso l&apos;operatore.</translation>
    </message>
    <message>
        <source>Not connected to the carrier&apos;s services: Order Desk sends for signature once they are set up.</source>
        <translation>Non connesso ai servizi dell&apos;operatore: Order Desk invierà per la firma quando saranno configurati.</translation>
    </message>
    <message>
        <source>– Not sent for signature yet.</source>
        <translation>– Non ancora inviata per la firma.</translation>
    </message>
    <message>
        <source>– The envelope is being prepared.</source>
        <translation>– La busta è in preparazione.</translation>
    </message>
    <message>
        <source>✉ Sent: waiting for the signatory to open and sign it.</source>
        <translation>✉ Inviata: in attesa che il firmatario la apra e la firmi.</translation>
    </message>
    <message>
        <source>✉ Delivered: the signatory has opened it and not signed yet.</source>
        <translation>✉ Consegnata: il firmatario l&apos;ha aperta ma non l&apos;ha ancora firmata.</translation>
    </message>
    <message>
        <source>✔ Completed: signed by the signatory.</source>
        <translation>✔ Completata: firmata dal firmatario.</translation>
    </message>
    <message>
        <source>✖ Declined: the signatory declined to sign. Check the signatory and send again.</source>
        <translation>✖ Rifiutata: il firmatario ha rifiutato di firmare. Verificare il firmatario e inviare di nuovo.</translation>
    </message>
    <message>
        <source>✖ Voided: the signature request was withdrawn. Send again when ready.</source>
        <translation>✖ Annullata: la richiesta di firma è stata ritirata. Inviare di nuovo quando tutto è pronto.</translation>
    </message>
    <message>
        <source>– %1</source>
        <translation>– %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>The contract and the porting forms go to the signatory in one envelope; once signed, they are sent to the carrier.</source>
        <translation>Il contratto e i moduli di portabilità vengono inviati al firmatario in un&apos;unica busta; una volta firmati, vengono inviati all&apos;operatore.</translation>
    </message>
    <message>
        <source>Signature: – the contract goes to the signatory once the carrier has the order.</source>
        <translation>Firma: – il contratto viene inviato al firmatario quando l&apos;operatore avrà ricevuto l&apos;ordine.</translation>
    </message>
    <message>
        <source>The signed PDF is kept with the order (%1).</source>
        <translation>Il PDF firmato è conservato con l&apos;ordine (%1).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Non ancora</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation>Invia di n&amp;uovo…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <source>Sends the contract to the signatory again</source>
        <translation>Invia di nuovo il contratto al firmatario</translation>
    </message>
    <message>
        <source>Not possible now.</source>
        <translation>Al momento non è possibile.</translation>
    </message>
    <message>
        <source>✖ The forms cannot be produced: %1</source>
        <translation>✖ Impossibile generare i moduli: %1</translation>
    </message>
    <message>
        <source>✖ The contract cannot be produced: %1</source>
        <translation>✖ Impossibile generare il contratto: %1</translation>
    </message>
    <message>
        <source>Preparing the contract and the forms…</source>
        <translation>Preparazione del contratto e dei moduli…</translation>
    </message>
    <message>
        <source>Preparing the contract…</source>
        <translation>Preparazione del contratto…</translation>
    </message>
    <message>
        <source>Save the contract and the forms into</source>
        <translation>Salva il contratto e i moduli in</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✔ Saved in %1 (documents: %2).</source>
        <translation>✔ Salvati in %1 (documenti: %2).</translation>
    </message>
    <message>
        <source>The signatory receives one e-signature envelope with the contract and every porting form. Check who signs for the company:</source>
        <translation>Il firmatario riceve un&apos;unica busta di firma elettronica con il contratto e tutti i moduli di portabilità. Verificare chi firma per l&apos;azienda:</translation>
    </message>
    <message>
        <source>The signatory receives the contract again for e-signature. Check who signs for the company; correct the e-mail address if it was wrong:</source>
        <translation>Il firmatario riceve di nuovo il contratto per la firma elettronica. Verificare chi firma per l&apos;azienda; correggere l&apos;indirizzo e-mail se era errato:</translation>
    </message>
    <message>
        <source>✖ Not sent: %1</source>
        <translation>✖ Invio non riuscito: %1</translation>
    </message>
    <message>
        <source>✔ The envelope is queued for %1; it goes out with the next connection to the carrier.</source>
        <translation>✔ La busta per %1 è in coda; verrà inviata alla prossima connessione con l&apos;operatore.</translation>
    </message>
    <message>
        <source>Envelope queued for signature.</source>
        <translation>Busta in coda per la firma.</translation>
    </message>
    <message>
        <source>✖ The signed PDF is not kept with this order.</source>
        <translation>✖ Il PDF firmato non è conservato con questo ordine.</translation>
    </message>
    <message>
        <source>Signed documents %1</source>
        <translation>Documenti firmati %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>✔ Saved as %1.</source>
        <translation>✔ Salvato come %1.</translation>
    </message>
</context>
<context>
    <name>od::PdfPreviewDialog</name>
    <message>
        <source>the document is not complete</source>
        <translation>il documento è incompleto</translation>
    </message>
    <message>
        <source>the document was not found</source>
        <translation>il documento non è stato trovato</translation>
    </message>
    <message>
        <source>it is not a valid PDF</source>
        <translation>non è un PDF valido</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>è protetto da password</translation>
    </message>
    <message>
        <source>its protection is not supported</source>
        <translation>il tipo di protezione non è supportato</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>non è leggibile</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Anteprima del documento</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Pagine del documento</translation>
    </message>
    <message>
        <source>Page Up and Page Down turn the pages; Ctrl+Plus and Ctrl+Minus zoom.</source>
        <translation>Pagina su e Pagina giù sfogliano le pagine; Ctrl+Più e Ctrl+Meno regolano lo zoom.</translation>
    </message>
    <message>
        <source>Preview tools</source>
        <translation>Strumenti di anteprima</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Precedente</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Pagina precedente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Successiva ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Pagina successiva</translation>
    </message>
    <message>
        <source>P&amp;age</source>
        <translation>Pa&amp;gina</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numero di pagina</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Dimensioni effettive</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Dimensioni effettive (100 %)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Larghezza pagina</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Pagina intera</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Salva con nome…</translation>
    </message>
    <message>
        <source>Save this document as a PDF file</source>
        <translation>Salva questo documento come file PDF</translation>
    </message>
    <message>
        <source>Save a&amp;ll…</source>
        <translation>Salva &amp;tutti…</translation>
    </message>
    <message>
        <source>Save every document into a folder</source>
        <translation>Salva tutti i documenti in una cartella</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Stam&amp;pa…</translation>
    </message>
    <message>
        <source>Print this document</source>
        <translation>Stampa questo documento</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva con nome</translation>
    </message>
    <message>
        <source>Save all documents</source>
        <translation>Salva tutti i documenti</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Chiude l&apos;anteprima (Esc)</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Chiude l&apos;anteprima</translation>
    </message>
    <message>
        <source>✖ This document cannot be shown: %1.</source>
        <translation>✖ Impossibile mostrare questo documento: %1.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Anteprima: %1</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1 di %2)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>di %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Zoom: %1</source>
        <translation>Zoom: %1</translation>
    </message>
    <message>
        <source>There is no document to save.</source>
        <translation>Non c&apos;è alcun documento da salvare.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>✔ Saved as %1.</source>
        <translation>✔ Salvato come %1.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Save all documents into</source>
        <translation>Salva tutti i documenti in</translation>
    </message>
    <message>
        <source>✔ Saved in %1 (documents: %2).</source>
        <translation>✔ Salvati in %1 (documenti: %2).</translation>
    </message>
    <message>
        <source>There is no document to print.</source>
        <translation>Non c&apos;è alcun documento da stampare.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>Impossibile usare la stampante.</translation>
    </message>
    <message>
        <source>The printer stopped after page %1.</source>
        <translation>La stampante si è interrotta dopo la pagina %1.</translation>
    </message>
    <message>
        <source>Page %1 could not be prepared for printing.</source>
        <translation>Impossibile preparare la pagina %1 per la stampa.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Stampa %1</translation>
    </message>
    <message>
        <source>✔ Sent to the printer.</source>
        <translation>✔ Inviato alla stampante.</translation>
    </message>
</context>
<context>
    <name>od::PortingPage</name>
    <message>
        <source>Per country: keep the customer&apos;s numbers (port or migrate), or get new ones.</source>
        <translation>Per ogni paese: mantenere i numeri del cliente (portabilità o migrazione) oppure ottenerne di nuovi.</translation>
    </message>
    <message>
        <source>The order has no country yet: choose countries on the voice plans page.</source>
        <translation>L&apos;ordine non contiene ancora alcun paese: scegliere i paesi nella pagina dei piani voce.</translation>
    </message>
    <message>
        <source>&amp;Keep existing numbers in %1 (port or migrate)</source>
        <translation>&amp;Mantieni i numeri esistenti in %1 (portabilità o migrazione)</translation>
    </message>
    <message>
        <source>Keep existing numbers in %1</source>
        <translation>Mantieni i numeri esistenti in %1</translation>
    </message>
    <message>
        <source>New numbers in %1 are chosen on the next page (offices and numbers).</source>
        <translation>I nuovi numeri in %1 si scelgono nella pagina successiva (sedi e numeri).</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
    <message>
        <source>Port from another &amp;carrier</source>
        <translation>Portabilità da un altro &amp;operatore</translation>
    </message>
    <message>
        <source>Port the numbers of %1 from another carrier</source>
        <translation>Portabilità dei numeri in %1 da un altro operatore</translation>
    </message>
    <message>
        <source>&amp;Migrate numbers already in Teams</source>
        <translation>Migra&amp;zione dei numeri già in Teams</translation>
    </message>
    <message>
        <source>Migrate numbers of %1 already used in Teams</source>
        <translation>Migrazione dei numeri in %1 già usati in Teams</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Modalità:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
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
        <translation>Un altro operatore Operator Connect</translation>
    </message>
    <message>
        <source>Teams n&amp;umber type today:</source>
        <translation>Tipo di nume&amp;ro Teams attuale:</translation>
    </message>
    <message>
        <source>Losing carrier in %1</source>
        <translation>Operatore cedente in %1</translation>
    </message>
    <message>
        <source>&amp;Losing carrier:</source>
        <translation>Operatore &amp;cedente:</translation>
    </message>
    <message>
        <source>Exactly as the losing carrier knows it, e.g. from its invoice.</source>
        <translation>Esattamente come risulta all&apos;operatore cedente, ad es. dalla sua fattura.</translation>
    </message>
    <message>
        <source>As on the current carrier&apos;s invoice</source>
        <translation>Come sulla fattura dell&apos;operatore attuale</translation>
    </message>
    <message>
        <source>&amp;Account holder:</source>
        <translation>I&amp;ntestatario:</translation>
    </message>
    <message>
        <source>Account holder&apos;s address
(as the carrier has it):</source>
        <translation>Indirizzo dell&apos;intestatario
(come registrato dall&apos;operatore):</translation>
    </message>
    <message>
        <source>Numbe&amp;rs:</source>
        <translation>N&amp;umeri:</translation>
    </message>
    <message>
        <source>Main billin&amp;g number:</source>
        <translation>Numero principa&amp;le di fatturazione:</translation>
    </message>
    <message>
        <source>Requested port date in %1</source>
        <translation>Data di portabilità richiesta in %1</translation>
    </message>
    <message>
        <source>Use &amp;earliest</source>
        <translation>Prima possi&amp;bile</translation>
    </message>
    <message>
        <source>Port &amp;date:</source>
        <translation>&amp;Data di portabilità:</translation>
    </message>
    <message>
        <source>%1 to %2 working days depending on the numbers</source>
        <translation>da %1 a %2 giorni lavorativi a seconda dei numeri</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 giorno lavorativo</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 giorni lavorativi</translation>
    </message>
    <message>
        <source>earliest: %1, %2</source>
        <translation>prima data possibile: %1, %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (facoltativo):</translation>
    </message>
    <message>
        <source>How the numbers reach Teams today in %1</source>
        <translation>Tipo di numero Teams attuale in %1</translation>
    </message>
    <message>
        <source>Account holder&apos;s name in %1</source>
        <translation>Nome dell&apos;intestatario in %1</translation>
    </message>
    <message>
        <source>account holder in %1</source>
        <translation>intestatario in %1</translation>
    </message>
    <message>
        <source>Main billing number in %1</source>
        <translation>Numero principale di fatturazione in %1</translation>
    </message>
    <message>
        <source>Use the earliest possible port date in %1</source>
        <translation>Usa la prima data di portabilità possibile in %1</translation>
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
            <numerusform>… e %n altro</numerusform>
            <numerusform>… e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;To go on:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Per proseguire:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;step:%1&quot;&gt;%2&lt;/a&gt;: %3</source>
        <translation>&lt;a href=&quot;step:%1&quot;&gt;%2&lt;/a&gt;: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;On other pages:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;In altre pagine:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
</context>
<context>
    <name>od::RecapPage</name>
    <message>
        <source>The whole order. Edit any part; Next comes back here.</source>
        <translation>L&apos;intero ordine. Ogni parte è modificabile; Avanti riporta qui.</translation>
    </message>
    <message>
        <source>ℹ This order is queued in the outbox. It will be sent to the carrier when the carrier&apos;s ordering service is reachable; nothing else is needed now.
While it waits it cannot be changed or submitted again. To change it, choose &quot;Withdraw from the outbox to edit&quot;: it goes back to the drafts with everything kept.</source>
        <translation>ℹ Questo ordine è in coda nella posta in uscita. Verrà inviato all&apos;operatore non appena il servizio ordini dell&apos;operatore sarà raggiungibile; per ora non occorre fare altro.
Durante l&apos;attesa non può essere modificato né inoltrato di nuovo. Per modificarlo, scegliere &quot;Ritira dalla posta in uscita e modifica&quot;: torna tra le bozze con tutti i dati.</translation>
    </message>
    <message>
        <source>Queued in the outbox</source>
        <translation>In coda nella posta in uscita</translation>
    </message>
    <message>
        <source>Order recap</source>
        <translation>Riepilogo dell&apos;ordine</translation>
    </message>
    <message>
        <source>The whole order by country, with fees. Tab moves between the Edit links; Enter opens one.</source>
        <translation>L&apos;intero ordine per paese, con i costi. Tab sposta tra i link Modifica; Invio apre quello selezionato.</translation>
    </message>
    <message>
        <source>The order as it was submitted.</source>
        <translation>L&apos;ordine così come è stato inoltrato.</translation>
    </message>
</context>
<context>
    <name>od::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Revisioni</translation>
    </message>
    <message>
        <source>About revisions</source>
        <translation>Informazioni sulle revisioni</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvata</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>&amp;Ripristina questa revisione</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Ripristina questa revisione</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Each revision is a saved state of this draft (the newest %1 are kept). Restoring one keeps the current state as a revision too.</source>
        <translation>Ogni revisione è uno stato salvato di questa bozza (vengono conservate le %1 più recenti). Ripristinandone una, anche lo stato attuale viene conservato come revisione.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (attuale)</translation>
    </message>
</context>
<context>
    <name>od::SignatoryDialog</name>
    <message>
        <source>Send for signature</source>
        <translation>Invia per la firma</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Nome del firmatario</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name:</source>
        <translation>&amp;Nome del firmatario:</translation>
    </message>
    <message>
        <source>Signatory&apos;s e-mail address</source>
        <translation>Indirizzo e-mail del firmatario</translation>
    </message>
    <message>
        <source>The e-signature envelope is sent to this address</source>
        <translation>La busta per la firma elettronica viene inviata a questo indirizzo</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Indirizzo &amp;e-mail:</translation>
    </message>
    <message>
        <source>Signatory&apos;s job title</source>
        <translation>Qualifica del firmatario</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Qualifica:</translation>
    </message>
    <message>
        <source>The signatory &amp;may sign for the company</source>
        <translation>Il firmatario è &amp;autorizzato a firmare per l&apos;azienda</translation>
    </message>
    <message>
        <source>The signatory may sign for the company</source>
        <translation>Il firmatario è autorizzato a firmare per l&apos;azienda</translation>
    </message>
    <message>
        <source>&amp;Send for signature</source>
        <translation>&amp;Invia per la firma</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Signatory&apos;s name: enter the name of the person who signs.</source>
        <translation>Nome del firmatario: inserire il nome della persona che firma.</translation>
    </message>
    <message>
        <source>E-mail address: enter the signatory&apos;s e-mail address; the envelope is sent there.</source>
        <translation>Indirizzo e-mail: inserire l&apos;indirizzo e-mail del firmatario; la busta viene inviata a quell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>E-mail address: &quot;%1&quot; is not a valid e-mail address; check it (name@company.com).</source>
        <translation>Indirizzo e-mail: &quot;%1&quot; non è un indirizzo e-mail valido; verificarlo (nome@azienda.it).</translation>
    </message>
    <message>
        <source>Job title: enter the signatory&apos;s job title.</source>
        <translation>Qualifica: inserire la qualifica del firmatario.</translation>
    </message>
    <message>
        <source>May sign for the company: confirm that the signatory may sign for the company.</source>
        <translation>Autorizzazione alla firma: confermare che il firmatario è autorizzato a firmare per l&apos;azienda.</translation>
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
        <translation>Inoltrare l&apos;ordine.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>&amp;Preview contract</source>
        <translation>Ante&amp;prima contratto</translation>
    </message>
    <message>
        <source>Preview contract</source>
        <translation>Anteprima contratto</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>In&amp;oltra</translation>
    </message>
    <message>
        <source>Submit the order</source>
        <translation>Inoltra l&apos;ordine</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmatario</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Nome del firmatario</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name</source>
        <translation>&amp;Nome del firmatario</translation>
    </message>
    <message>
        <source>Signatory&apos;s e-mail address</source>
        <translation>Indirizzo e-mail del firmatario</translation>
    </message>
    <message>
        <source>The e-signature envelope is sent to this address</source>
        <translation>La busta per la firma elettronica viene inviata a questo indirizzo</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Indirizzo &amp;e-mail</translation>
    </message>
    <message>
        <source>Signatory&apos;s job title</source>
        <translation>Qualifica del firmatario</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Qualifica</translation>
    </message>
    <message>
        <source>The signatory &amp;may sign for the company</source>
        <translation>Il firmatario è au&amp;torizzato a firmare per l&apos;azienda</translation>
    </message>
    <message>
        <source>The signatory may sign for the company</source>
        <translation>Il firmatario è autorizzato a firmare per l&apos;azienda</translation>
    </message>
    <message>
        <source>Submit to si&amp;gn</source>
        <translation>Inoltra per la fir&amp;ma</translation>
    </message>
    <message>
        <source>Submit to sign</source>
        <translation>Inoltra per la firma</translation>
    </message>
    <message>
        <source>Sends the order; the signatory receives the contract for e-signature</source>
        <translation>Inoltra l&apos;ordine; il firmatario riceve il contratto per la firma elettronica</translation>
    </message>
    <message>
        <source>What is missing before the order can be sent</source>
        <translation>Cosa manca prima di poter inviare l&apos;ordine</translation>
    </message>
    <message>
        <source>Existing numbers are kept in at least one country. Preview the contract, then submit. Afterwards, produce the porting or migration forms and get them and the contract signed.</source>
        <translation>In almeno un paese si mantengono i numeri esistenti. Visualizzare l&apos;anteprima del contratto, quindi inoltrare l&apos;ordine. In seguito, generare i moduli di portabilità o di migrazione e farli firmare insieme al contratto.</translation>
    </message>
    <message>
        <source>Only new numbers: enter who signs for the company. &quot;Submit to sign&quot; sends them the contract for e-signature; once it is signed, the order is confirmed and handled within five working days.</source>
        <translation>Solo nuovi numeri: indicare chi firma per l&apos;azienda. &quot;Inoltra per la firma&quot; invia al firmatario il contratto per la firma elettronica; una volta firmato, l&apos;ordine è confermato ed evaso entro cinque giorni lavorativi.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>ℹ Submitting puts the order in the outbox. Before it is sent, the carrier&apos;s services settle what they alone can:
%1</source>
        <translation>ℹ Una volta inoltrato, l&apos;ordine passa nella posta in uscita. Prima dell&apos;invio, i servizi dell&apos;operatore completano ciò che solo loro possono completare:
%1</translation>
    </message>
    <message>
        <source>The order is queued.</source>
        <translation>L&apos;ordine è in coda.</translation>
    </message>
    <message>
        <source>Not possible yet: see what is missing below.</source>
        <translation>Non ancora possibile: vedere sotto cosa manca.</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation>In questa pagina</translation>
    </message>
    <message>
        <source>✖ %1: %2</source>
        <translation>✖ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Before the order can be sent (%n):&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>
            <numerusform>&lt;b&gt;Prima di poter inviare l&apos;ordine (%n):&lt;/b&gt;&lt;br&gt;%1</numerusform>
            <numerusform>&lt;b&gt;Prima di poter inviare l&apos;ordine (%n):&lt;/b&gt;&lt;br&gt;%1</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The order is not queued yet: %1</source>
        <translation>✖ L&apos;ordine non è ancora in coda: %1</translation>
    </message>
    <message>
        <source>✔ Queued: the order is in the outbox and will be sent when the carrier&apos;s ordering service is reachable. Nothing else is needed now.</source>
        <translation>✔ In coda: l&apos;ordine è nella posta in uscita e verrà inviato non appena il servizio ordini dell&apos;operatore sarà raggiungibile. Per ora non occorre fare altro.</translation>
    </message>
    <message>
        <source>Opens the contract the signatory receives, to read, save or print</source>
        <translation>Apre il contratto che riceve il firmatario, per leggerlo, salvarlo o stamparlo</translation>
    </message>
    <message>
        <source>Preparing the contract…</source>
        <translation>Preparazione del contratto…</translation>
    </message>
    <message>
        <source>✖ The contract cannot be shown yet: %1</source>
        <translation>✖ Impossibile mostrare il contratto per ora: %1</translation>
    </message>
    <message>
        <source>⚠ The carrier sent the order back: %1</source>
        <translation>⚠ L&apos;operatore ha restituito l&apos;ordine: %1</translation>
    </message>
</context>
<context>
    <name>od::VoicePlansPage</name>
    <message>
        <source>Countries, their voice plans and users, and the OCN and BCN of each country.</source>
        <translation>I paesi, i relativi piani voce e utenti, e l&apos;OCN e il BCN di ciascun paese.</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Cerca un paese</translation>
    </message>
    <message>
        <source>Type part of a country&apos;s name or its code; Enter or Space in the list chooses it.</source>
        <translation>Digitare parte del nome di un paese o il suo codice; Invio o Spazio nell&apos;elenco lo seleziona.</translation>
    </message>
    <message>
        <source>Type to filter: ger, fr, uk…</source>
        <translation>Digitare per filtrare: ita, fr, uk…</translation>
    </message>
    <message>
        <source>F&amp;ind a country:</source>
        <translation>&amp;Cerca un paese:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — prices in %2</source>
        <translation>%1 — prezzi in %2</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>Check the countries of the order with Space or Enter.</source>
        <translation>Selezionare i paesi dell&apos;ordine con Spazio o Invio.</translation>
    </message>
    <message>
        <source>C&amp;ountries:</source>
        <translation>&amp;Paesi:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <source>Choose the countries of the order in the list on the left.</source>
        <translation>Scegliere i paesi dell&apos;ordine nell&apos;elenco a sinistra.</translation>
    </message>
    <message>
        <source>voice plans</source>
        <translation>piani voce</translation>
    </message>
    <message>
        <source>the BCN</source>
        <translation>BCN</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>sedi</translation>
    </message>
    <message>
        <source>the porting details</source>
        <translation>dati di portabilità</translation>
    </message>
    <message>
        <source>%1 was removed from the order. Its %2 are kept: Undo, or check %1 again, brings them back.</source>
        <translation>Il paese %1 è stato rimosso dall&apos;ordine. Dati conservati: %2. Annulla, o una nuova selezione di %1, li ripristina.</translation>
    </message>
    <message>
        <source>details</source>
        <translation>altri dati</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No country chosen yet.</source>
        <translation>Ancora nessun paese scelto.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Scelti: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Users of %1 in %2</source>
        <translation>Utenti di %1 in %2</translation>
    </message>
    <message>
        <source>%1 per user / month</source>
        <translation>%1 per utente / mese</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <source>OCN for %1</source>
        <translation>OCN per %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s customer number for this country.</source>
        <translation>Il numero cliente dell&apos;operatore per questo paese.</translation>
    </message>
    <message>
        <source>OCN:</source>
        <translation>OCN:</translation>
    </message>
    <message>
        <source>BCN for %1</source>
        <translation>BCN per %1</translation>
    </message>
    <message>
        <source>The billing account under the OCN that pays for this country.</source>
        <translation>Il conto di fatturazione, sotto l&apos;OCN, che paga per questo paese.</translation>
    </message>
    <message>
        <source>B&amp;CN:</source>
        <translation>&amp;BCN:</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
    <message>
        <source>Included:</source>
        <translation>Incluso:</translation>
    </message>
    <message numerus="yes">
        <source> user(s)</source>
        <translation>
            <numerusform> utente</numerusform>
            <numerusform> utenti</numerusform>
        </translation>
    </message>
    <message>
        <source>How many users get this plan. The numbers for users in a country cannot be more than the users of its plans.</source>
        <translation>Quanti utenti ricevono questo piano. I numeri per gli utenti di un paese non possono superare gli utenti dei suoi piani.</translation>
    </message>
    <message>
        <source>About %1 in %2</source>
        <translation>Informazioni su %1 in %2</translation>
    </message>
</context>
<context>
    <name>od::documentFiles</name>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La cartella %1 non esiste.</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>Sostituisci file</translation>
    </message>
    <message>
        <source>Files of the same name are in this folder already (%1 of %2). Replace them?</source>
        <translation>In questa cartella sono già presenti file con lo stesso nome (%1 di %2). Sostituirli?</translation>
    </message>
</context>
<context>
    <name>od::documents</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>od::documents::Contract</name>
    <message>
        <source>Order form and contract</source>
        <translation>Modulo d&apos;ordine e contratto</translation>
    </message>
    <message>
        <source>Operator Connect for Microsoft Teams</source>
        <translation>Operator Connect per Microsoft Teams</translation>
    </message>
    <message>
        <source>This contract sets out the Operator Connect services for Microsoft Teams that the customer named below orders: voice plans, telephone numbers, options and fees, per country.</source>
        <translation>Il presente contratto definisce, per ciascun paese, i servizi Operator Connect per Microsoft Teams ordinati dal cliente sotto indicato: piani voce, numeri telefonici, opzioni e costi.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Costi</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <source>Terms and signature</source>
        <translation>Condizioni e firma</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contratto %1</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Riferimento ordine</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>Customer number (OCN)</source>
        <translation>Numero cliente (OCN)</translation>
    </message>
    <message>
        <source>Online account</source>
        <translation>Account online</translation>
    </message>
    <message>
        <source>New customer: the number is assigned on acceptance</source>
        <translation>Nuovo cliente: il numero viene assegnato all&apos;accettazione</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant ID</source>
        <translation>ID tenant Microsoft Entra</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Sede legale</translation>
    </message>
    <message>
        <source>Services in %1</source>
        <translation>Servizi in %1</translation>
    </message>
    <message>
        <source>Billing account (BCN)</source>
        <translation>Conto di fatturazione (BCN)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numeri</translation>
    </message>
    <message>
        <source>Existing numbers migrated</source>
        <translation>Migrazione dei numeri esistenti</translation>
    </message>
    <message>
        <source>Existing numbers ported</source>
        <translation>Portabilità dei numeri esistenti</translation>
    </message>
    <message>
        <source>New numbers</source>
        <translation>Nuovi numeri</translation>
    </message>
    <message>
        <source>Voice plans</source>
        <translation>Piani voce</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Per user and month</source>
        <translation>Per utente al mese</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Al mese</translation>
    </message>
    <message>
        <source>Offices and new numbers</source>
        <translation>Sedi e nuovi numeri</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Sede %1</translation>
    </message>
    <message>
        <source>%1 new numbers: %2 for users, %3 for resource accounts</source>
        <translation>%1 nuovi numeri: %2 per utenti, %3 per account risorsa</translation>
    </message>
    <message>
        <source>area code %1</source>
        <translation>prefisso %1</translation>
    </message>
    <message>
        <source>No office yet.</source>
        <translation>Nessuna sede.</translation>
    </message>
    <message>
        <source>Numbers migrated</source>
        <translation>Numeri migrati</translation>
    </message>
    <message>
        <source>Numbers ported</source>
        <translation>Numeri portati</translation>
    </message>
    <message>
        <source>Current provider</source>
        <translation>Fornitore attuale</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Operatore cedente</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Data richiesta</translation>
    </message>
    <message>
        <source>Number or range</source>
        <translation>Numero o blocco</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Trasferimento di chiamata</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configurato</translation>
    </message>
    <message>
        <source>Configured, to %1</source>
        <translation>Configurato, verso %1</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Non configurato</translation>
    </message>
    <message>
        <source>Screening (the network checks the presented number)</source>
        <translation>Screening (la rete verifica il numero presentato)</translation>
    </message>
    <message>
        <source>No screening</source>
        <translation>Senza screening</translation>
    </message>
    <message>
        <source>Presentation number %1</source>
        <translation>Numero di presentazione %1</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>Auto attendants</source>
        <translation>Risponditori automatici</translation>
    </message>
    <message>
        <source>Call queues</source>
        <translation>Code di chiamata</translation>
    </message>
    <message>
        <source>Fees in %1</source>
        <translation>Costi in %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Una tantum</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Totale in %1</translation>
    </message>
    <message>
        <source>No fees.</source>
        <translation>Nessun costo.</translation>
    </message>
    <message>
        <source>Prices exclude VAT. Monthly fees are billed from the date the numbers are active; one-off fees with the first invoice.</source>
        <translation>I prezzi si intendono IVA esclusa. I canoni mensili sono fatturati dalla data di attivazione dei numeri; i costi una tantum con la prima fattura.</translation>
    </message>
    <message>
        <source>Order contact</source>
        <translation>Referente per l&apos;ordine</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Referente tecnico</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Referente del cliente</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The customer orders the services above at the prices shown. New numbers are activated, and monthly fees start, within five working days of the signed contract. Ported and migrated numbers move on the date the losing carrier confirms, which may differ from the requested date.</source>
        <translation>Il cliente ordina i servizi sopra indicati ai prezzi riportati. I nuovi numeri vengono attivati, e i canoni mensili decorrono, entro cinque giorni lavorativi dalla firma del contratto. I numeri portati e migrati vengono trasferiti alla data confermata dall&apos;operatore cedente, che può differire dalla data richiesta.</translation>
    </message>
    <message>
        <source>Numbers are ported or migrated on the strength of the signed letters of authorisation that accompany this contract.</source>
        <translation>La portabilità o la migrazione dei numeri avviene sulla base dei moduli di autorizzazione alla portabilità firmati, allegati al presente contratto.</translation>
    </message>
    <message>
        <source>Signed for</source>
        <translation>Firmato per conto di</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Data della firma</translation>
    </message>
    <message>
        <source>The signatory confirms being authorised to sign for the customer.</source>
        <translation>Il firmatario dichiara di essere autorizzato a firmare per conto del cliente.</translation>
    </message>
    <message>
        <source>The order has no country: choose at least one country and its voice plans first.</source>
        <translation>L&apos;ordine non contiene alcun paese: scegliere prima almeno un paese e i relativi piani voce.</translation>
    </message>
    <message>
        <source>The contract template is missing from this build.</source>
        <translation>Il modello del contratto manca in questa build.</translation>
    </message>
</context>
<context>
    <name>od::documents::PortingForm</name>
    <message>
        <source>Letter of authorisation — %1 (form %2 of %3)</source>
        <translation>Modulo di autorizzazione alla portabilità — %1 (modulo %2 di %3)</translation>
    </message>
    <message>
        <source>Letter of authorisation — %1</source>
        <translation>Modulo di autorizzazione alla portabilità — %1</translation>
    </message>
    <message>
        <source>Form %1 of %2</source>
        <translation>Modulo %1 di %2</translation>
    </message>
    <message>
        <source>Migration of Microsoft Teams numbers to Operator Connect</source>
        <translation>Migrazione di numeri Microsoft Teams a Operator Connect</translation>
    </message>
    <message>
        <source>Porting of numbers to Operator Connect for Microsoft Teams</source>
        <translation>Portabilità di numeri verso Operator Connect per Microsoft Teams</translation>
    </message>
    <message>
        <source>The account holder below asks to move the numbers listed on this form, which it already uses in Microsoft Teams, to Operator Connect.</source>
        <translation>L&apos;intestatario sotto indicato chiede di trasferire a Operator Connect i numeri elencati nel presente modulo, che già utilizza in Microsoft Teams.</translation>
    </message>
    <message>
        <source>The account holder below asks to move the numbers listed on this form from its current carrier to Operator Connect for Microsoft Teams.</source>
        <translation>L&apos;intestatario sotto indicato chiede di trasferire i numeri elencati nel presente modulo dal proprio operatore attuale a Operator Connect per Microsoft Teams.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Intestatario</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numeri</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Autorizzazione</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Riferimento ordine</translation>
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
        <translation>Operator Connect (altro operatore)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migrazione</translation>
    </message>
    <message>
        <source>Numbers in Teams today</source>
        <translation>Numeri attualmente in Teams</translation>
    </message>
    <message>
        <source>Current provider</source>
        <translation>Fornitore attuale</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portabilità</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Operatore cedente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Data richiesta</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Tempi di lavorazione</translation>
    </message>
    <message>
        <source>%1 to %2 working days, depending on the numbers</source>
        <translation>da %1 a %2 giorni lavorativi, a seconda dei numeri</translation>
    </message>
    <message>
        <source>at least %1 working days</source>
        <translation>almeno %1 giorni lavorativi</translation>
    </message>
    <message>
        <source>Form valid for</source>
        <translation>Validità del modulo</translation>
    </message>
    <message>
        <source>%1 months after signature</source>
        <translation>%1 mesi dalla firma</translation>
    </message>
    <message>
        <source>Main billing number</source>
        <translation>Numero principale di fatturazione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>National form</source>
        <translation>Formato nazionale</translation>
    </message>
    <message>
        <source>International form (E.164)</source>
        <translation>Formato internazionale (E.164)</translation>
    </message>
    <message>
        <source>Total numbers on this form</source>
        <translation>Totale dei numeri nel presente modulo</translation>
    </message>
    <message>
        <source>Details required in %1</source>
        <translation>Dati richiesti in %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>the current carrier</source>
        <translation>l&apos;operatore attuale</translation>
    </message>
    <message>
        <source>%1, the holder of the numbers listed on this form, authorises their transfer from %2 to Operator Connect for Microsoft Teams under order %3, and the end of the service with %2 for these numbers on the day they move. The signatory confirms being authorised to sign for the account holder.</source>
        <translation>%1, intestatario dei numeri elencati nel presente modulo, ne autorizza il trasferimento, dal servizio attualmente attivo presso %2, a Operator Connect per Microsoft Teams nell&apos;ambito dell&apos;ordine %3, nonché la cessazione del servizio presso %2 per tali numeri alla data del trasferimento. Il firmatario dichiara di essere autorizzato a firmare per conto dell&apos;intestatario.</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Data della firma</translation>
    </message>
    <message>
        <source>Company stamp</source>
        <translation>Timbro aziendale</translation>
    </message>
    <message>
        <source>The order has no country %1 to fill a porting form for.</source>
        <translation>L&apos;ordine non contiene il paese %1 per cui compilare un modulo di portabilità.</translation>
    </message>
    <message>
        <source>The porting form template is missing from this build.</source>
        <translation>Il modello del modulo di portabilità manca in questa build.</translation>
    </message>
</context>
<context>
    <name>od::sync::Authenticator</name>
    <message>
        <source>Signing in took too long. Try again.</source>
        <translation>L&apos;accesso ha richiesto troppo tempo. Riprovare.</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error (HTTP %1). Try again later.</source>
        <translation>Il servizio di accesso ha risposto con un errore (HTTP %1). Riprovare più tardi.</translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached. Check the network connection and try again.</source>
        <translation>Il servizio di accesso non è raggiungibile. Verificare la connessione di rete e riprovare.</translation>
    </message>
    <message>
        <source>Signing in needs a local port to receive the answer, and none could be opened. Try again.</source>
        <translation>Per l&apos;accesso serve una porta locale su cui ricevere la risposta, ma non è stato possibile aprirne alcuna. Riprovare.</translation>
    </message>
    <message>
        <source>Order Desk is signed in. You can close this window.</source>
        <translation>Order Desk ha effettuato l&apos;accesso. È possibile chiudere questa finestra.</translation>
    </message>
    <message>
        <source>Signing in was refused (%1). Try again, or ask an administrator to check your access.</source>
        <translation>L&apos;accesso è stato rifiutato (%1). Riprovare oppure chiedere a un amministratore di verificare le autorizzazioni.</translation>
    </message>
    <message>
        <source>Signing in failed. Try again.</source>
        <translation>Accesso non riuscito. Riprovare.</translation>
    </message>
    <message>
        <source>The sign-in service refused the sign-in (HTTP %1). Try again.</source>
        <translation>Il servizio di accesso ha rifiutato l&apos;accesso (HTTP %1). Riprovare.</translation>
    </message>
    <message>
        <source>You signed out of the carrier&apos;s services: nothing is sent until you sign in again (File menu).</source>
        <translation>Disconnessione dai servizi dell&apos;operatore effettuata: non viene inviato nulla fino al nuovo accesso (menu File).</translation>
    </message>
</context>
</TS>
