create extension if not exists pgcrypto;
