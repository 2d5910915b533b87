-- More SNOMED CT concepts for the vocabulary (V9 mapped 24 of 74 codes and no therapy).
--
-- Stricter than V9: an id is taken only where two independent public sources (different organisations or
-- repositories, not copies of each other) show that exact id with that meaning, or one authoritative source does,
-- and its Verhoeff check digit holds (SnomedCtIdTest reads V9 and this file). Where the concept is broader or
-- narrower than OUR code (V2 label and description), the row's comment says so. The display is the concept's
-- preferred term (the FSN without its semantic tag), as in V9.
-- Sources are public GitHub files: repository/path where the search index names it, else its search-index file id.
--   [BE]    Belgian eHealth Platform value set be-vs-diagnostic-imaging-indication (file 67516913204); it also holds
--           ids that fail the Verhoeff check (22253001..22253022, 76783986), so it never counts alone
--   [CDC]   CDC PHIN VADS value set "PHVS Risk Factor - CDC v3", as loaded by an SQL seed (file 9525616182)
--   [CHRAD] HL7 Switzerland hl7ch/ch-rad-order, caveat codes of the RAD-Order ServiceRequest (files 1228887151,
--           1286751730) and its example caveat conditions (files 1218929270, 1330799308)
--
-- No therapy is mapped: no public source in reach showed the procedure concepts with their ids (README).

UPDATE vocabulary_code AS v SET snomed_ct_id = m.id, snomed_ct_display = m.display
FROM (VALUES
    -- SYMPTOM. Broader and narrower at once: stiffness anywhere, where our code is stiffness or reduced movement
    -- of the back or neck. HL7/cimi-pain-assessment fsh/fsh-source/PainAssessmentValueSets.fsh
    -- (AssociatedSignAndSymptomVS: "Stiffness (finding)"); [BE] "Stiffness (finding)"
    ('SYMPTOM', 'DECREASED_MOBILITY', '271587009', 'Stiffness'),
    -- RED_FLAG. Narrower: a past cancer; a current cancer is coded as the disorder itself.
    -- [BE]; Medizininformatik-Initiative pathology IG example Condition (files 10874428429, 10872220647, 58288852362):
    -- "History of malignant neoplasm (situation)"; a cancer-history value set "is-a 266987004" (file 40759032833)
    ('RED_FLAG', 'HISTORY_OF_CANCER', '266987004', 'History of malignant neoplasm'),
    -- [CDC] "Immunosuppression (finding)"; HL7 Switzerland CH EKM example Conditions (files 55052527754,
    -- 53786344723): "Immunosuppression (finding)"
    ('RED_FLAG', 'IMMUNOSUPPRESSION', '38013005', 'Immunosuppression'),
    -- CONTRAINDICATION. Narrower: long-term use (our code is any current anticoagulant).
    -- HL7 Austria APS/IPS example Conditions (files 25264839446, 62462312867 "Langfristige Einnahme von
    -- Antikoagulantien", 27387106179); a heart-care questionnaire's anticoagulant answer (file 55100132164)
    ('CONTRAINDICATION', 'ANTICOAGULANT_THERAPY', '711150003', 'Long-term current use of anticoagulant'),
    -- Close: coagulopathy; a low platelet count is a platelet disorder, not under this concept.
    -- [CHRAD] "Blood coagulation disorder (disorder)"; NAPKON (Charité) value set ChronicHaematologicDiseases (files
    -- 34126383060, 34207649176, 43409151509 "Gerinnungsstörung"): "Blood coagulation disorder (disorder)"
    ('CONTRAINDICATION', 'BLEEDING_DISORDER', '64779008', 'Blood coagulation disorder'),
    -- [CHRAD] "Allergy to contrast media (finding)"; HL7 Switzerland CH EMR IG example AllergyIntolerance (file
    -- 56872964896); an IG example AllergyIntolerance (files 10335795637, 52315330821); an allergy mapping table
    -- (file 56452078153): "Allergy to contrast media"
    ('CONTRAINDICATION', 'CONTRAST_ALLERGY', '293637006', 'Allergy to contrast media'),
    -- V9 gave this id the display "Patient currently pregnant", an older description; [CDC] and [BE] both give
    -- "Pregnancy (finding)". Same concept, current preferred term.
    ('CONTRAINDICATION', 'PREGNANCY', '77386006', 'Pregnancy')
) AS m (category, code, id, display)
WHERE v.category = m.category AND v.code = m.code;
