<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>od::DraftBrowser</name>
    <message numerus="yes">
        <source>%n draft(s) in the trash</source>
        <translation>
            <numerusform>%n draft in the trash</numerusform>
            <numerusform>%n drafts in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n draft(s)</source>
        <translation>
            <numerusform>%1 of %n draft</numerusform>
            <numerusform>%1 of %n drafts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::MainWindow</name>
    <message numerus="yes">
        <source>, %n queued</source>
        <translation>
            <numerusform>, %n queued</numerusform>
            <numerusform>, %n queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::Outbox</name>
    <message numerus="yes">
        <source>%1: %n number(s) reserved.</source>
        <translation>
            <numerusform>%1: %n number reserved.</numerusform>
            <numerusform>%1: %n numbers reserved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(and %n more problem)</numerusform>
            <numerusform>(and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::ProblemPanel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::SubmitPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;Before the order can be sent (%n):&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>
            <numerusform>&lt;b&gt;Before the order can be sent (%n):&lt;/b&gt;&lt;br&gt;%1</numerusform>
            <numerusform>&lt;b&gt;Before the order can be sent (%n):&lt;/b&gt;&lt;br&gt;%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>od::VoicePlansPage</name>
    <message numerus="yes">
        <source> user(s)</source>
        <translation>
            <numerusform> user</numerusform>
            <numerusform> users</numerusform>
        </translation>
    </message>
</context>
</TS>
