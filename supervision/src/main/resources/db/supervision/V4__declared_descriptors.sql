-- Reserve declarations may also name output descriptors (a VASP's HD or multisig wallets): proof of
-- control is a BIP-322 signature over the challenge by the descriptor's first receive address.
CREATE TABLE declared_descriptors (
    declaration_id BIGINT NOT NULL REFERENCES reserve_declarations (id),
    descriptor     TEXT   NOT NULL,
    first_address  TEXT   NOT NULL,
    signature      TEXT   NOT NULL,
    PRIMARY KEY (declaration_id, descriptor)
);
