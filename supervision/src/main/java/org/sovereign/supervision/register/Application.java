package org.sovereign.supervision.register;

import java.util.List;

/** A license application as a supervisor records it (also the API body). */
public record Application(
    String legal_name,
    String registration_number,
    String lei,
    String category,
    List<String> services,
    String website,
    String applied_on,
    String contact_name,
    String contact_email,
    String contact_phone) {}
