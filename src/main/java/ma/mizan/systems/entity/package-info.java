/**
 * The AiSystem aggregate and the immutable Assessment record. An assessment is never updated or deleted.
 */
package ma.mizan.systems.entity;
